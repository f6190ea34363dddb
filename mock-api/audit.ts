/**
 * The audit trail: every successful write appends one entry in the same
 * transaction as the write itself, so a change and its record of who made it
 * are committed together or not at all.
 */
import type { AuditAction, FieldChange } from '../src/domain/types';
import type { StoredRecord, WriteTransaction } from './store/database';
import type { RequestContext } from './http/context';

const UNAUDITED_FIELDS = new Set(['updatedAt', 'version', 'createdAt', 'id']);

export interface AuditInput {
  action: AuditAction;
  resource: string;
  recordId: number | null;
  before?: object | null;
  after?: object | null;
  note?: string;
  /** For events without a signed-in user (a failed login), who it was about. */
  username?: string;
}

export function diffRecords(
  beforeRecord: object | null | undefined,
  afterRecord: object | null | undefined,
): FieldChange[] {
  const before = beforeRecord as Record<string, unknown> | null | undefined;
  const after = afterRecord as Record<string, unknown> | null | undefined;
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (UNAUDITED_FIELDS.has(field)) continue;
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}

export function recordAudit(
  tx: WriteTransaction,
  ctx: RequestContext,
  input: AuditInput,
): Promise<StoredRecord> {
  return tx.insert('audit-log', {
    at: tx.at,
    userId: ctx.user?.id ?? null,
    username: ctx.user?.username ?? input.username ?? '',
    action: input.action,
    resource: input.resource,
    recordId: input.recordId,
    changes: diffRecords(input.before, input.after),
    note: input.note ?? '',
  });
}
