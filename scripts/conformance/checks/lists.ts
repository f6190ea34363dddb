/** Every collection's list and record, and the list dialect (sort, range, filter, Content-Range). */
import { COLLECTION_NAMES } from '../../../src/domain/resources';
import { can } from '../../../src/domain/permissions';
import { contentRange, listQuery } from '../client';
import { expectStatus, fail, type Check, type Context } from '../context';
import { COLLECTION_SCHEMAS } from '../schemas';

type Row = Record<string, unknown> & { id: number };

function firstIssue(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}` : 'invalid';
}

async function page(ctx: Context, query: string): Promise<{ rows: Row[]; total: number }> {
  const reply = await ctx.admin<Row[]>('GET', `/products${query}`);
  expectStatus(reply, 200, `GET /products${query}`);
  const range = contentRange(reply.headers.get('content-range'));
  if (!range)
    fail(`no valid Content-Range header for /products${query}: "${reply.headers.get('content-range')}"`);
  return { rows: reply.body, total: range.total };
}

const recordChecks: Check[] = COLLECTION_NAMES.filter((c) => can('admin', 'list', c)).map((collection) => ({
  name: `GET /${collection}: a page with Content-Range, each record as the contract describes it, and each one by id`,
  async run(ctx) {
    const reply = await ctx.admin<Row[]>('GET', `/${collection}${listQuery({ range: [0, 9] })}`);
    expectStatus(reply, 200, `list ${collection}`);
    if (!Array.isArray(reply.body)) fail('the answer is not a JSON array');
    const range = contentRange(reply.headers.get('content-range'));
    if (!range || range.collection !== collection)
      fail(`Content-Range "${reply.headers.get('content-range')}" is not "${collection} first-last/total"`);
    if (reply.body.length > 10) fail(`asked for 10, got ${reply.body.length}`);
    if (reply.body.length > 0 && (range.first !== 0 || range.last !== reply.body.length - 1))
      fail(`Content-Range ${range.first}-${range.last} for ${reply.body.length} records`);
    const schema = COLLECTION_SCHEMAS[collection].record;
    for (const row of reply.body) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) fail(`record ${String(row?.id)}: ${firstIssue(parsed.error)}`);
    }
    const first = reply.body[0];
    if (first) {
      const one = await ctx.admin<Row>('GET', `/${collection}/${first.id}`);
      expectStatus(one, 200, `GET /${collection}/${first.id}`);
      if (one.body.id !== first.id) fail(`GET by id ${first.id} answered id ${one.body.id}`);
    }
    const missing = await ctx.admin<{ message?: unknown }>('GET', `/${collection}/999999999`);
    expectStatus(missing, 404, `GET /${collection}/999999999`);
    if (typeof missing.body?.message !== 'string') fail('the 404 has no message');
  },
}));

const dialectChecks: Check[] = [
  {
    name: 'range pages and Content-Range counts every match',
    async run(ctx) {
      const all = await page(ctx, listQuery({ range: [0, 4] }));
      if (all.rows.length !== Math.min(5, all.total))
        fail(`range [0,4] gave ${all.rows.length} of ${all.total}`);
      const next = await page(ctx, listQuery({ range: [5, 9] }));
      const overlap = next.rows.filter((r) => all.rows.some((a) => a.id === r.id));
      if (overlap.length > 0) fail('the second page repeats records of the first');
    },
  },
  {
    name: 'sort orders by the field, ascending and descending',
    async run(ctx) {
      for (const order of ['ASC', 'DESC'] as const) {
        const { rows } = await page(ctx, listQuery({ sort: ['price', order], range: [0, 49] }));
        for (let i = 1; i < rows.length; i += 1) {
          const [a, b] = [rows[i - 1]!.price as number, rows[i]!.price as number];
          if (order === 'ASC' ? a > b : a < b) fail(`price ${order}: ${a} before ${b}`);
        }
      }
    },
  },
  {
    name: 'filters: equality, any-of lists, ranges, q search and id lists',
    async run(ctx) {
      const active = await page(ctx, listQuery({ filter: { status: 'active' }, range: [0, 99] }));
      if (active.rows.some((r) => r.status !== 'active')) fail('status=active returned other statuses');
      const either = await page(
        ctx,
        listQuery({ filter: { status: ['draft', 'archived'] }, range: [0, 99] }),
      );
      if (either.rows.some((r) => r.status === 'active')) fail('status any-of returned an active product');
      const band = await page(
        ctx,
        listQuery({ filter: { price_gte: 1000, price_lte: 5000 }, range: [0, 99] }),
      );
      if (band.rows.some((r) => (r.price as number) < 1000 || (r.price as number) > 5000))
        fail('price_gte/lte let other prices through');
      const sample = active.rows[0] ?? either.rows[0];
      if (!sample) fail('no products to search');
      const needle = String(sample.sku).slice(0, 6).toLowerCase();
      const found = await page(ctx, listQuery({ filter: { q: needle }, range: [0, 99] }));
      if (!found.rows.some((r) => r.id === sample.id)) fail(`q=${needle} did not find ${String(sample.sku)}`);
      const unrelated = found.rows.find(
        (r) =>
          ![r.name, r.sku, r.barcode].some((v) =>
            String(v ?? '')
              .toLowerCase()
              .includes(needle),
          ),
      );
      if (unrelated) fail(`q=${needle} found ${String(unrelated.sku)}, which does not contain it`);
      const ids = [...active.rows, ...either.rows].slice(0, 3).map((r) => r.id);
      const many = await page(ctx, listQuery({ filter: { id: ids } }));
      if (JSON.stringify(many.rows.map((r) => r.id).sort()) !== JSON.stringify([...ids].sort()))
        fail(`filter id=${JSON.stringify(ids)} gave ${many.rows.map((r) => r.id).join(',')}`);
    },
  },
  {
    name: 'an unknown filter field, sort field or query parameter is 400 naming it, never "everything"',
    async run(ctx) {
      const cases: Array<[string, string]> = [
        [listQuery({ filter: { colour: 'red' } }), 'colour'],
        [listQuery({ sort: ['colour', 'ASC'] }), 'colour'],
        ['?_sort=price', '_sort'],
        ['?filter=%7Bnot-json', 'filter'],
      ];
      for (const [query, name] of cases) {
        const reply = await ctx.admin<{ message?: string }>('GET', `/products${query}`);
        expectStatus(reply, 400, `GET /products${query}`);
        if (!String(reply.body?.message).includes(name))
          fail(`the 400 for ${query} does not name "${name}": ${reply.body?.message}`);
      }
    },
  },
];

export const listChecks: Check[] = [...recordChecks, ...dialectChecks];
