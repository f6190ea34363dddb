/**
 * ra-data-simple-rest against the Kontor API, with updates narrowed to what the
 * user changed: the API merges the sent fields, so sending the whole record
 * would silently overwrite a colleague's edit to another field. `version` goes
 * along so the API can refuse an edit based on a stale copy (409).
 */
import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord, UpdateParams, UpdateManyParams } from 'react-admin';
import { API_URL, httpClient } from './httpClient';
import { catalogOperations } from './operations/catalog';
import { customersOperations } from './operations/customers';
import { exportOperations } from './operations/exports';
import { inventoryOperations } from './operations/inventory';
import { kpisOperations } from './operations/kpis';
import { listOperations } from './operations/lists';
import { ordersOperations } from './operations/orders';
import { promotionsOperations } from './operations/promotions';
import { searchOperations } from './operations/search';

/** Set by the server; sending them back would only earn a readOnlyField error. */
const SERVER_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'version']);

function isEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) =>
    isEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * The fields of `data` that differ from `previousData` (all of them when there
 * is no previous copy), without server-managed fields, plus the version the
 * edit started from when known. Nested values are sent whole when changed.
 */
export function changedFields(
  data: Partial<RaRecord>,
  previousData?: Partial<RaRecord>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (SERVER_FIELDS.has(key)) continue;
    if (previousData && isEqual(value, previousData[key])) continue;
    changes[key] = value;
  }
  const version: unknown = previousData?.version ?? data.version;
  if (typeof version === 'number') changes.version = version;
  return changes;
}

function putChanges(resource: string, id: Identifier, body: Record<string, unknown>) {
  return httpClient(`${API_URL}/${resource}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: JSON.stringify(body),
  });
}

/**
 * Named operations beyond CRUD live in ./operations, one file per domain, and
 * are spread in here; screens call them via `useDataProvider<KontorDataProvider>()`.
 */
const operations = {
  ...catalogOperations,
  ...inventoryOperations,
  ...exportOperations,
  ...customersOperations,
  ...ordersOperations,
  ...promotionsOperations,
  ...kpisOperations,
  ...listOperations,
  ...searchOperations,
};

export type KontorDataProvider = DataProvider & typeof operations;

const restProvider = simpleRestProvider(API_URL, httpClient);

export const dataProvider: KontorDataProvider = {
  ...restProvider,
  ...operations,
  update: async <RecordType extends RaRecord = RaRecord>(
    resource: string,
    params: UpdateParams<RecordType>,
  ) => {
    const { json } = await putChanges(resource, params.id, changedFields(params.data, params.previousData));
    return { data: json as RecordType };
  },
  // A bulk edit has no previous copy per record, so it sends its fields as given, without a version.
  updateMany: async <RecordType extends RaRecord = RaRecord>(
    resource: string,
    params: UpdateManyParams<RecordType>,
  ) => {
    const body = changedFields(params.data);
    const responses = await Promise.all(params.ids.map((id) => putChanges(resource, id, body)));
    return { data: responses.map(({ json }) => (json as RecordType).id) };
  },
};
