/**
 * Lists paged by PostgreSQL answer exactly what runList answers over every
 * record: random filters, searches, sorts and pages over the seed, compared
 * row by row (fast-check shrinks any difference to its smallest query).
 */
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCE_SCHEMAS, type FieldType } from '../../src/domain/resources';
import { runList, type Row } from '../rest/list';
import type { Condition, ListQuery, Operator, Scalar } from '../rest/query';
import { seeded } from '../seed/test-fixtures';
import { PostgresDatabase } from './database';
import { listSql } from './list';
import { loadDatabase } from './load';
import { SEARCH_INDEXES } from './tables';
import { freshDatabase, type TestDatabase } from './testing';

const COLLECTIONS = ['orders', 'products', 'customers', 'stock-movements', 'shipments'] as const;
type Listed = (typeof COLLECTIONS)[number];

let database: TestDatabase;
let db: PostgresDatabase;
const seed = seeded('tiny');
/** runList pages at 1,000 unless the query names ids; this condition names them all and keeps every row. */
const ID_FILTER: Condition = { field: 'id', type: 'id', op: 'gte', value: 0 };
const records = (collection: Listed) => seed[collection] as unknown as Row[];

beforeAll(async () => {
  database = await freshDatabase({ migrated: true });
  await loadDatabase(database.url, seed);
  db = new PostgresDatabase(database.url, { poolSize: 4 });
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

/** Values a filter on `field` might name: ones the data holds (so filters match), null, and strangers. */
function valueOf(collection: Listed, field: string, type: FieldType): fc.Arbitrary<Scalar> {
  const held = records(collection)
    .map((row) => row[field])
    .filter(
      (value): value is Scalar => value === null || ['string', 'number', 'boolean'].includes(typeof value),
    );
  const stranger: fc.Arbitrary<Scalar> =
    type === 'number' || type === 'id'
      ? fc.integer({ min: -5, max: 100_000 })
      : type === 'boolean'
        ? fc.boolean()
        : fc.string({ maxLength: 4 });
  return held.length > 0 ? fc.oneof(fc.constantFrom(...held), fc.constant(null), stranger) : stranger;
}

function conditionOf(collection: Listed): fc.Arbitrary<Condition> {
  const fields = Object.entries(RESOURCE_SCHEMAS[collection].fields) as Array<[string, FieldType]>;
  return fc.constantFrom(...fields).chain(([field, type]) => {
    const ops: Operator[] = type === 'idList' ? ['eq', 'in'] : ['eq', 'ne', 'in', 'gte', 'lte', 'gt', 'lt'];
    const scalar = type === 'idList' ? fc.integer({ min: 1, max: 20 }) : valueOf(collection, field, type);
    return fc.constantFrom(...ops).chain((op) =>
      (op === 'in' ? fc.array(scalar, { minLength: 1, maxLength: 3 }) : scalar).map((value): Condition => ({
        field,
        type,
        op,
        value,
      })),
    );
  });
}

function queryOf(collection: Listed): fc.Arbitrary<ListQuery> {
  const schema = RESOURCE_SCHEMAS[collection];
  const texts = records(collection).flatMap((row) =>
    schema.search.map((field) =>
      String(row[field] ?? '')
        .toLowerCase()
        .slice(1, 4),
    ),
  );
  return fc
    .record({
      conditions: fc.array(conditionOf(collection), { maxLength: 2 }),
      q: fc.oneof(fc.constant(null), fc.constantFrom('', ...texts), fc.string({ maxLength: 3 })),
      sort: fc.record({
        field: fc.constantFrom(...Object.keys(schema.fields)),
        order: fc.constantFrom('ASC' as const, 'DESC' as const),
      }),
      start: fc.integer({ min: 0, max: 40 }),
      size: fc.option(fc.integer({ min: 1, max: 30 })),
    })
    .map(({ conditions, q, sort, start, size }) => ({
      conditions,
      q: q || null,
      sort,
      start,
      end: size === null ? null : start + size - 1,
      virtual: {},
    }));
}

describe('PostgresDatabase.page', () => {
  for (const collection of COLLECTIONS) {
    it(`answers ${collection} lists as runList does`, async () => {
      const search = RESOURCE_SCHEMAS[collection].search;
      await fc.assert(
        fc.asyncProperty(queryOf(collection), async (query) => {
          const paged = await db.page<Row>(collection, query, search);
          const expected = runList(records(collection), query, search);
          if (paged === undefined) return; // declined: the caller runs runList itself
          expect({ ...paged, rows: paged.rows.map((row) => row.id) }).toEqual({
            ...expected,
            rows: expected.rows.map((row) => row.id),
          });
          expect(paged.rows).toEqual(expected.rows);
          // Counted per status by the database: the same as grouping everything runList matches.
          const counted = await db.countBy(collection, query, search, 'status');
          const everything = runList(
            records(collection),
            { ...query, start: 0, end: Number.MAX_SAFE_INTEGER },
            search,
          );
          const grouped = new Map<string, number>();
          for (const row of everything.rows)
            if (typeof row.status === 'string') grouped.set(row.status, (grouped.get(row.status) ?? 0) + 1);
          expect(counted).toEqual({ all: everything.total, by: grouped });
        }),
        { numRuns: 150 },
      );
    });
  }

  for (const collection of ['orders', 'products'] as const) {
    it(`finds the ${collection} matching any of several condition groups, as runList would`, async () => {
      const groups = fc.array(fc.array(conditionOf(collection), { maxLength: 2 }), { maxLength: 3 });
      await fc.assert(
        fc.asyncProperty(groups, async (anyOf) => {
          const found = await db.anyOf<Row>(collection, anyOf);
          if (found === undefined) return; // declined: the caller reads everything
          const everything = (conditions: Condition[]) =>
            runList(
              records(collection),
              {
                conditions,
                q: null,
                sort: { field: 'id', order: 'ASC' },
                start: 0,
                end: null,
                virtual: {},
              },
              [],
            );
          const ids = new Set(
            anyOf.flatMap((group) => everything([...group, ID_FILTER]).rows.map((row) => row.id)),
          );
          expect(found.map((row) => row.id)).toEqual([...ids].sort((a, b) => a - b));
        }),
        { numRuns: 100 },
      );
    });
  }

  it('answers a plain query itself, and declines only what SQL cannot say faithfully', async () => {
    const query: ListQuery = {
      conditions: [{ field: 'status', type: 'string', op: 'eq', value: 'shipped' }],
      q: null,
      sort: { field: 'placedAt', order: 'DESC' },
      start: 0,
      end: 9,
      virtual: {},
    };
    expect(await db.page('orders', query, ['number'])).toBeDefined();
    const booleanRange: Condition = { field: 'status', type: 'boolean', op: 'gte', value: true };
    expect(await db.page('orders', { ...query, conditions: [booleanRange] }, ['number'])).toBeUndefined();
  });

  it('narrows q through the trigram index of products, customers and orders', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // The tiny seed is small enough that a scan is cheaper; forbid it to see whether the index can serve.
      await client.query('SET enable_seqscan = off');
      for (const [table, index] of [
        ['products', 'products_q'],
        ['customers', 'customers_q'],
        ['orders', 'orders_q'],
      ] as const) {
        const query: ListQuery = {
          conditions: [],
          q: 'ber',
          sort: { field: 'id', order: 'ASC' },
          start: 0,
          end: 9,
          virtual: {},
        };
        const sql = listSql(query, RESOURCE_SCHEMAS[table].search, new Set(), SEARCH_INDEXES[table])!;
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN SELECT id FROM ${table} WHERE ${sql.where}`,
          sql.params,
        );
        expect(rows.map((row) => row['QUERY PLAN']).join('\n'), table).toContain(index);
      }
    } finally {
      await client.end();
    }
  });
});
