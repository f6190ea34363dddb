/**
 * An authenticated list timed while 8 clients flood the sign-in with made-up
 * usernames, each from its own loopback address (127.0.0.11…18), so every one
 * has its own attempt budget and the password hashing really runs. Before
 * hashing was made asynchronous and bounded, this raised the list's p50 from
 * 6 ms to 2.5 s (issue 12).
 */
import http from 'node:http';
import type { LatencyCase } from './types';
import { productsListCase } from './list-cases';

const CLIENTS = 8;

/** Starts the flood; the returned function stops it and says what the server answered. */
function startFlood(apiUrl: string): () => Promise<string> {
  const url = new URL(`${apiUrl}/auth/login`);
  const answers = new Map<number, number>();
  let running = true;
  const client = async (index: number) => {
    const agent = new http.Agent({ keepAlive: true, localAddress: `127.0.0.${11 + index}` });
    for (let attempt = 0; running; attempt++) {
      const payload = JSON.stringify({ username: `made-up-${index}-${attempt}`, password: 'guess' });
      const status = await new Promise<number>((resolve) => {
        const req = http.request(
          url,
          { method: 'POST', agent, headers: { 'Content-Type': 'application/json' } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', () => resolve(0));
        req.end(payload);
      });
      answers.set(status, (answers.get(status) ?? 0) + 1);
    }
    agent.destroy();
  };
  const clients = Array.from({ length: CLIENTS }, (_, index) => client(index));
  return async () => {
    running = false;
    await Promise.all(clients);
    const counts = [...answers].sort(([a], [b]) => a - b).map(([status, n]) => `${n} × ${status || 'error'}`);
    return `${CLIENTS} clients sent ${counts.join(', ')}`;
  };
}

export const listDuringLoginFloodCase: LatencyCase = {
  name: 'products list while 8 clients flood the sign-in',
  p99TargetMs: 100,
  async prepare(api) {
    const list = await productsListCase.prepare(api);
    let stop: (() => Promise<string>) | null = null;
    return {
      description: `${list.description}, during a sign-in flood`,
      operation: list.operation,
      background: {
        start: () => {
          stop = startFlood(api.apiUrl);
        },
        stop: () => stop?.() ?? Promise.resolve(''),
      },
    };
  },
};
