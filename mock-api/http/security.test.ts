/** The HTTP surface: security headers everywhere, no caching under /api, CORS only for listed origins. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../config';
import { startTestServer, type TestServer } from '../test/harness';
import { DEMO_PASSWORD } from '../auth/passwords';

const LISTED = 'https://shop.example';
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ config: { corsOrigins: [LISTED] } });
  token = await server.login('manager');
});
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  server.request('GET', path, { token, headers });

describe('security headers', () => {
  it('are on every answer: success, refusal, unknown route, sign-in', async () => {
    const answers = [
      await get('/api/customers?range=[0,0]'),
      await server.request('GET', '/api/customers'),
      await get('/api/no-such-thing'),
      await server.request('POST', '/api/auth/login', {
        body: { username: 'admin', password: DEMO_PASSWORD },
      }),
      await server.request('POST', '/api/auth/login', { body: { username: 'admin', password: 'wrong' } }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 401, 404, 200, 401]);
    for (const { headers } of answers) {
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      // Tokens and customer data must not be kept by a browser or proxy cache.
      expect(headers.get('cache-control')).toBe('no-store');
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('CORS', () => {
  it('answers no other origin: not an arbitrary one, not null, with or without credentials', async () => {
    for (const origin of ['https://evil.example', 'null', `${LISTED}.evil.example`, 'http://shop.example']) {
      const res = await get('/api/customers?range=[0,0]', { Origin: origin });
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(res.headers.get('access-control-allow-credentials'), origin).toBeNull();
      const preflight = await server.request('OPTIONS', '/api/customers', {
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
      expect(preflight.headers.get('access-control-allow-origin'), origin).toBeNull();
    }
  });

  it('lets a listed origin read lists (with their total) and send the token, never with credentials', async () => {
    const preflight = await server.request('OPTIONS', '/api/customers', {
      headers: {
        Origin: LISTED,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const res = await get('/api/customers?range=[0,0]', { Origin: LISTED });
    expect(res.headers.get('access-control-allow-origin')).toBe(LISTED);
    expect(res.headers.get('access-control-expose-headers')).toContain('Content-Range');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('is configured from CORS_ORIGINS, which accepts exact origins only', () => {
    const withEnv = (value: string) => {
      process.env.CORS_ORIGINS = value;
      try {
        return configFromEnv().corsOrigins;
      } finally {
        delete process.env.CORS_ORIGINS;
      }
    };
    expect(withEnv('')).toEqual([]);
    expect(withEnv(' https://a.example , http://localhost:8080 ')).toEqual([
      'https://a.example',
      'http://localhost:8080',
    ]);
    for (const bad of ['*', 'null', 'https://a.example/', 'a.example', 'https://*.example'])
      expect(() => withEnv(bad), bad).toThrow(/CORS_ORIGINS must list origins/);
  });
});
