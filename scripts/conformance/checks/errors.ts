/** Errors as the contract words them: statuses, one shape, nothing written by a refusal. */
import { contentRange, listQuery } from '../client';
import { expectStatus, fail, type Check, type Context } from '../context';

interface ErrorBody {
  message?: unknown;
  errors?: Record<string, unknown>;
}

function checkShape(body: unknown, what: string): asserts body is ErrorBody {
  const candidate = body as ErrorBody | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.message !== 'string' ||
    candidate.message === ''
  ) {
    fail(`${what}: the error is not { message: "…" }`);
  }
  if (
    candidate.errors !== undefined &&
    (typeof candidate.errors !== 'object' ||
      Object.values(candidate.errors).some((m) => typeof m !== 'string'))
  ) {
    fail(`${what}: "errors" is not one message per field`);
  }
}

async function productCount(ctx: Context): Promise<number> {
  const reply = await ctx.admin('GET', `/products${listQuery({ range: [0, 0] })}`);
  return contentRange(reply.headers.get('content-range'))?.total ?? -1;
}

export const errorChecks: Check[] = [
  {
    name: 'malformed JSON and a body that is not an object are 400',
    async run(ctx) {
      for (const raw of ['{"sku": ', '["a"]', '42']) {
        const reply = await ctx.admin('POST', '/products', { raw });
        expectStatus(reply, 400, `POST /products ${raw}`);
        checkShape(reply.body, raw);
      }
    },
  },
  {
    name: 'invalid fields are 422 with one message per field, and nothing is created',
    async run(ctx) {
      const before = await productCount(ctx);
      const reply = await ctx.admin<ErrorBody>('POST', '/products', {
        body: { sku: `${ctx.tag}-1`, name: '', price: -5, cost: null, colour: 'red' },
      });
      expectStatus(reply, 422, 'invalid product');
      checkShape(reply.body, 'invalid product');
      for (const field of ['name', 'price', 'cost', 'colour']) {
        if (typeof reply.body.errors?.[field] !== 'string')
          fail(`no message for "${field}" (null and unknown fields count too)`);
      }
      if ((await productCount(ctx)) !== before) fail('a refused create still created a product');
    },
  },
  {
    name: 'a body over the size limit is 413',
    async run(ctx) {
      const reply = await ctx.admin('POST', '/customers', {
        body: { firstName: 'x'.repeat(1024 * 1024), lastName: 'y', email: 'a@b.de' },
      });
      expectStatus(reply, 413, '1 MB body');
      checkShape(reply.body, '1 MB body');
    },
  },
  {
    name: 'nesting deeper than any request needs is 400, not a crash',
    async run(ctx) {
      const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
      const reply = await ctx.admin('POST', '/saved-filters', {
        raw: `{"resource":"products","name":"${ctx.tag}","filter":{},"sort":${deep}}`,
      });
      expectStatus(reply, 400, 'deep body');
    },
  },
  {
    name: 'a __proto__ key is refused and changes nothing',
    async run(ctx) {
      const reply = await ctx.admin('POST', '/customers', {
        raw: `{"__proto__":{"email":"x@y.de"},"firstName":"A","lastName":"B"}`,
      });
      expectStatus(reply, [400, 422], '__proto__ body');
    },
  },
  {
    name: 'a write a collection does not offer is 405 saying what to use instead',
    async run(ctx) {
      for (const [method, path] of [
        ['POST', '/orders'],
        ['DELETE', '/stock-movements/1'],
        ['POST', '/shipments'],
      ] as const) {
        const reply = await ctx.admin(method, path, method === 'DELETE' ? {} : { body: {} });
        expectStatus(reply, 405, `${method} ${path}`);
        checkShape(reply.body, `${method} ${path}`);
      }
    },
  },
  {
    name: 'an unknown path is 404',
    async run(ctx) {
      const reply = await ctx.admin('GET', `/no-such-collection-${ctx.tag}`);
      expectStatus(reply, 404, 'unknown path');
      checkShape(reply.body, 'unknown path');
    },
  },
];
