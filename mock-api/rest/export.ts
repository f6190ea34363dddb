/**
 * The CSV of a list's export, written for a reader (src/domain/exports):
 * names next to ids, euros, the shop's local time, statuses as words, headers
 * and words in the request's language; formula-safe (../../src/domain/csv).
 * Products keep their import-compatible columns (ResourceRules.csvColumns).
 */
import { toCsv } from '../../src/domain/csv';
import {
  addressCell,
  boolCell,
  dateCell,
  labelCell,
  moneyCell,
  separatorFor,
} from '../../src/domain/exports/cells';
import { EXPORT_COLUMNS, type ExportColumn } from '../../src/domain/exports/columns';
import { ID_SUFFIX, MONEY_SUFFIX } from '../../src/domain/exports/headers';
import { recordName } from '../../src/domain/exports/names';
import type { Locale } from '../../src/domain/messages';
import type { CollectionName } from '../../src/domain/resources';
import { shopSettingsOf } from '../settings/shop';
import type { Database, StoredRecord } from '../store/database';
import { headerOf } from './exportHeaders';
import type { ResourceRules } from './rules';

type Row = Record<string, unknown>;

interface Cell {
  headers: string[];
  write: (row: Row) => unknown[];
}

/**
 * How each column of `table` is headed and written; a reference column becomes
 * two (id, name). The referenced collections are read once up front, so
 * writing the rows needs no further reads.
 */
export async function exportCells(
  db: Database,
  table: string,
  columns: readonly ExportColumn[],
  locale: Locale,
): Promise<Cell[]> {
  const { timeZone } = await shopSettingsOf(db);
  const referenced = new Set<CollectionName>();
  for (const { kind } of columns) {
    if (typeof kind === 'object' && 'ref' in kind) referenced.add(kind.ref);
    if (typeof kind === 'object' && 'refs' in kind) referenced.add(kind.refs);
  }
  const records = new Map<CollectionName, Map<number, StoredRecord>>();
  for (const collection of referenced)
    records.set(collection, new Map((await db.all(collection)).map((record) => [record.id, record])));
  const names = new Map<string, string>();
  const nameOf = (collection: CollectionName, id: unknown): string => {
    if (typeof id !== 'number') return '';
    const key = `${collection}/${id}`;
    let name = names.get(key);
    if (name === undefined) {
      name = recordName(collection, records.get(collection)?.get(id));
      names.set(key, name);
    }
    return name;
  };
  return columns.map(({ field, kind }) => {
    const header = headerOf(table, field, locale) ?? field;
    if (typeof kind === 'object' && 'ref' in kind)
      return {
        headers: [`${header}${ID_SUFFIX}`, header],
        write: (row) => [row[field] ?? null, nameOf(kind.ref, row[field])],
      };
    if (typeof kind === 'object' && 'refs' in kind)
      return {
        headers: [header],
        write: (row) => [
          (Array.isArray(row[field]) ? (row[field] as unknown[]) : [])
            .map((id) => nameOf(kind.refs, id))
            .join(', '),
        ],
      };
    if (typeof kind === 'object')
      return {
        headers: [header],
        write: (row) => [typeof row[field] === 'string' ? labelCell(kind.label, row[field], locale) : null],
      };
    const single = (format: (value: unknown) => unknown, suffix = ''): Cell => ({
      headers: [`${header}${suffix}`],
      write: (row) => [row[field] === null || row[field] === undefined ? null : format(row[field])],
    });
    switch (kind) {
      case 'money':
        return single((value) => moneyCell(Number(value), locale), MONEY_SUFFIX);
      case 'date':
        return single((value) => dateCell(String(value), locale, timeZone));
      case 'bool':
        return single((value) => boolCell(Boolean(value), locale));
      case 'address':
        return single(addressCell);
      default:
        return single((value) => value);
    }
  });
}

export function writeCsv(cells: Cell[], rows: Iterable<Row>, locale: Locale): string {
  const out: unknown[][] = [];
  for (const row of rows) out.push(cells.flatMap((cell) => cell.write(row)));
  return toCsv(
    cells.flatMap((cell) => cell.headers),
    out,
    separatorFor(locale),
  );
}

export async function csvOf(
  db: Database,
  rules: ResourceRules,
  rows: StoredRecord[],
  locale: Locale,
): Promise<string> {
  if (rules.csvColumns)
    return toCsv(
      rules.csvColumns.map((c) => c.header),
      rows.map((row) => rules.csvColumns!.map((c) => c.value(row))),
    );
  const columns = EXPORT_COLUMNS[rules.name as Exclude<CollectionName, 'products'>];
  return writeCsv(await exportCells(db, rules.name, columns, locale), rows, locale);
}
