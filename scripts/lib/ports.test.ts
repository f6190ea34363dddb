import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { anyFreePort, findFreePort, isPortFree } from './ports';

const servers: Server[] = [];

function occupy(port: number, host: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('ports', () => {
  it('sees a port taken on the loopback address as busy', async () => {
    const port = await anyFreePort();
    expect(await isPortFree(port)).toBe(true);
    await occupy(port, '127.0.0.1');
    expect(await isPortFree(port)).toBe(false);
  });

  it('moves past busy and excluded ports to the next free one', async () => {
    const base = await anyFreePort();
    await occupy(base, '127.0.0.1');
    const expected = [base + 1, base + 2, base + 3];
    const free = await Promise.all(expected.map(isPortFree));
    // Only assert where the neighbouring ports happen to be free on this machine.
    if (free.every(Boolean)) {
      expect(await findFreePort(base)).toBe(base + 1);
      expect(await findFreePort(base, [base + 1])).toBe(base + 2);
    } else {
      const found = await findFreePort(base);
      expect(found).toBeGreaterThan(base);
      expect(await isPortFree(found)).toBe(true);
    }
  });
});
