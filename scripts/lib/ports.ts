import { createServer } from 'node:net';

/**
 * Whether nothing listens on `port`. Binding without a host takes the port on
 * every interface, so it collides with a server on 127.0.0.1, 0.0.0.0 or ::.
 */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `preferred` upwards, skipping any in `taken`. */
export async function findFreePort(preferred: number, taken: readonly number[] = []): Promise<number> {
  for (let port = preferred; port < Math.min(preferred + 100, 65536); port += 1) {
    if (!taken.includes(port) && (await isPortFree(port))) return port;
  }
  throw new Error(`no free port in ${preferred}–${preferred + 99}`);
}

/** A port the operating system picks; for test servers, which need no stable address. */
export function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no port assigned'))));
    });
  });
}
