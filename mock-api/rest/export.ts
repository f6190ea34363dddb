/**
 * The CSV of a collection's export: the resource's own columns when it
 * defines them, else its schema's fields as stored; formula-safe (../../src/domain/csv).
 */
import { toCsv } from '../../src/domain/csv';
import { RESOURCE_SCHEMAS } from '../../src/domain/resources';
import type { Store, StoredRecord } from '../store/store';
import type { ResourceRules } from './rules';

export function csvOf(store: Store, rules: ResourceRules, rows: StoredRecord[]): string {
  const schema = RESOURCE_SCHEMAS[rules.name];
  const columns =
    rules.csvColumns ??
    Object.keys(schema.fields).map((field) => ({ header: field, value: (r: StoredRecord) => r[field] }));
  return toCsv(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row, store))),
  );
}
