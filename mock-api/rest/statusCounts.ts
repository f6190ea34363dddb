/**
 * GET /<collection>/status-counts: how many records the list's filter matches,
 * in all and per status, for the status tabs above a list.
 */
import { STATUS_COUNTED, isStatusCounted } from '../../src/domain/contract/routes';
import type { CollectionName } from '../../src/domain/resources';
import type { Handler } from '../http/mount';
import type { Store, StoredRecord } from '../store/store';
import { findMatching, rulesOf } from './bridge';

/**
 * GET /<collection>/status-counts: how many records the list's filter matches,
 * in all and per status, leaving out the filter's own `status` so that every
 * tab can show what choosing it would list. One pass, where a count request
 * per tab would filter the whole collection once each.
 */
export function statusCounts(store: Store, collection: CollectionName): Handler {
  return ({ query: params, ctx }) => {
    const rules = rulesOf(collection);
    const matching = findMatching(store, rules, params, ctx, { ignoring: 'status' });
    matching.query.end = Number.MAX_SAFE_INTEGER;
    const statusOf = rules.statusOf?.(store) ?? ((record: StoredRecord) => String(record.status));
    const statuses: readonly string[] = isStatusCounted(collection) ? STATUS_COUNTED[collection] : [];
    const byStatus = new Map(statuses.map((status) => [status, 0]));
    const { rows } = matching.run();
    for (const row of rows) {
      const status = statusOf(row);
      const counted = byStatus.get(status);
      if (counted !== undefined) byStatus.set(status, counted + 1);
    }
    return { all: rows.length, byStatus: Object.fromEntries(byStatus) };
  };
}
