/**
 * GET /<collection>/status-counts: how many records the list's filter matches,
 * in all and per status, for the status tabs above a list.
 */
import { STATUS_COUNTED, isStatusCounted } from '../../src/domain/contract/routes';
import type { CollectionName } from '../../src/domain/resources';
import type { Handler } from '../http/mount';
import type { Database, StoredRecord } from '../store/database';
import { findMatching } from './matching';
import { rulesOf } from './rules';

/**
 * GET /<collection>/status-counts: how many records the list's filter matches,
 * in all and per status, leaving out the filter's own `status` so that every
 * tab can show what choosing it would list. One pass, where a count request
 * per tab would filter the whole collection once each.
 */
export function statusCounts(db: Database, collection: CollectionName): Handler {
  return async ({ query: params, ctx }) => {
    const rules = rulesOf(collection);
    const matching = await findMatching(db, rules, params, ctx, { ignoring: 'status' });
    // Counts are of everything the filter matches, whatever page the list is on.
    matching.query.start = 0;
    matching.query.end = Number.MAX_SAFE_INTEGER;
    const statuses: readonly string[] = isStatusCounted(collection) ? STATUS_COUNTED[collection] : [];
    const byStatus = new Map(statuses.map((status) => [status, 0]));
    // A stored status can be counted by the database (PostgreSQL) without reading the records.
    const counted = rules.statusOf ? undefined : await matching.countBy('status');
    if (counted) {
      for (const status of statuses) byStatus.set(status, counted.by.get(status) ?? 0);
      return { all: counted.all, byStatus: Object.fromEntries(byStatus) };
    }
    const statusOf = (await rules.statusOf?.(db)) ?? ((record: StoredRecord) => String(record.status));
    const { rows } = await matching.run();
    for (const row of rows) {
      const status = statusOf(row);
      const counted = byStatus.get(status);
      if (counted !== undefined) byStatus.set(status, counted + 1);
    }
    return { all: rows.length, byStatus: Object.fromEntries(byStatus) };
  };
}
