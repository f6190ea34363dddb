/** The service endpoints and signing in. */
import { Validator } from '@seriousme/openapi-schema-validator';
import { ROUTE_IDS } from '../../../src/domain/contract/routes';
import { ROLES } from '../../../src/domain/permissions';
import { records } from '../schemas';
import { expectStatus, fail, type Check } from '../context';

export const serviceChecks: Check[] = [
  {
    name: 'GET /health answers without a session',
    async run({ client }) {
      const reply = await client.send<{ ok?: unknown }>('GET', '/health');
      expectStatus(reply, 200, 'health');
      if (reply.body?.ok !== true) fail(`expected { ok: true }, got ${reply.text.slice(0, 80)}`);
    },
  },
  {
    name: 'GET /openapi.json is a valid OpenAPI 3.1 document with one operation per endpoint of the contract',
    async run({ client }) {
      const reply = await client.send<{ paths?: Record<string, Record<string, { operationId?: string }>> }>(
        'GET',
        '/openapi.json',
      );
      expectStatus(reply, 200, 'openapi.json');
      const validator = new Validator();
      const result = await validator.validate(reply.body as Parameters<Validator['validate']>[0]);
      if (!result.valid) fail(`not valid OpenAPI: ${JSON.stringify(result.errors).slice(0, 300)}`);
      if (validator.version !== '3.1') fail(`OpenAPI ${validator.version}, expected 3.1`);
      const operations = Object.values(reply.body.paths ?? {}).flatMap((methods) =>
        Object.values(methods).map((op) => op.operationId),
      );
      const missing = ROUTE_IDS.filter((id) => !operations.includes(id));
      if (missing.length > 0) fail(`operations missing: ${missing.join(', ')}`);
    },
  },
  {
    name: 'signing in with a wrong password is 401 with a message, and names no user',
    async run(ctx) {
      const username = ctx.credentials.admin?.username ?? 'admin';
      const reply = await ctx.client.send<{ message?: unknown; token?: unknown }>('POST', '/auth/login', {
        body: { username, password: `${ctx.tag}-wrong` },
      });
      expectStatus(reply, 401, 'wrong password');
      if (typeof reply.body?.message !== 'string') fail('the refusal has no message');
      if (reply.body.token !== undefined) fail('a refusal carried a token');
    },
  },
  {
    name: 'signing in without a username or password is 422 naming both fields',
    async run({ client }) {
      const reply = await client.send<{ errors?: Record<string, unknown> }>('POST', '/auth/login', {
        body: {},
      });
      expectStatus(reply, 422, 'empty sign-in');
      for (const field of ['username', 'password'])
        if (typeof reply.body?.errors?.[field] !== 'string') fail(`no message for ${field}`);
    },
  },
  {
    name: 'every role signs in and GET /auth/me answers its user, never a secret',
    async run(ctx) {
      for (const role of ROLES) {
        if (!ctx.credentials[role]) continue;
        const me = await ctx.client.send<Record<string, unknown>>('GET', '/auth/me', {
          token: await ctx.signIn(role),
        });
        expectStatus(me, 200, `me as ${role}`);
        const parsed = records.sessionUser.safeParse(me.body);
        if (!parsed.success)
          fail(
            `me as ${role}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`,
          );
        if (parsed.data.role !== role) fail(`signed in as the ${role} account, me says ${parsed.data.role}`);
        if (/hash|password|credential/i.test(me.text)) fail('the user carries a password field');
      }
    },
  },
  {
    name: 'requests without a token, or with an unknown one, are 401',
    async run({ client }) {
      for (const token of [null, 'not-a-token']) {
        for (const path of ['/products', '/auth/me', '/kpis']) {
          expectStatus(
            await client.send('GET', path, { token }),
            401,
            `GET ${path} with ${token ? 'a made-up token' : 'no token'}`,
          );
        }
      }
    },
  },
  {
    name: 'signing out revokes the token',
    async run(ctx) {
      const token = await ctx.signIn('admin');
      expectStatus(await ctx.client.send('POST', '/auth/logout', { token }), 204, 'sign out');
      expectStatus(await ctx.client.send('GET', '/auth/me', { token }), 401, 'the revoked token');
    },
  },
];
