/**
 * User administration. Reads go through the generic REST bridge; writes are
 * handled here because they touch credentials and sessions too. Users are
 * never deleted (the audit trail keeps pointing at them), and the last active
 * administrator can be neither demoted nor deactivated.
 */
import type { Response } from 'express';
import { referenceProblems } from '../../src/domain/contract/problems';
import { DomainError, hasProblems, problem } from '../../src/domain/errors';
import type { User } from '../../src/domain/types';
import { recordAudit } from '../audit';
import { endSessionsOf } from '../auth/sessions';
import { hashPasswordAsync } from '../auth/passwords';
import type { Handler } from '../http/mount';
import { lookupFor } from '../lookups';
import { checkVersion, findOr404, present } from '../rest/bridge';
import { defineResource } from '../rest/rules';
import type { Database, StoredRecord, WriteTransaction } from '../store/database';

const PRESENTED_FIELDS = [
  'id',
  'username',
  'fullName',
  'role',
  'active',
  'warehouseIds',
  'lastLoginAt',
  'createdAt',
  'updatedAt',
  'version',
];

const usersResource = defineResource({
  name: 'users',

  present: (records) =>
    records.map(
      (record) =>
        Object.fromEntries(
          PRESENTED_FIELDS.filter((f) => Object.hasOwn(record, f)).map((f) => [f, record[f]]),
        ) as StoredRecord,
    ),
});

type Input = Record<string, unknown>;
type UserRecord = User & StoredRecord;

/** Usernames are unique, ignoring case, and warehouses must exist; the contract checks the fields' shapes. */
async function refuseUnknownOrTaken(input: Input, tx: WriteTransaction, creating: boolean): Promise<void> {
  const lookup = await lookupFor(tx, ['warehouses', 'users']);
  const problems = referenceProblems(input, { warehouseIds: 'warehouses' }, {}, lookup);
  if (creating && lookup.taken('users', 'username', input.username as string, null)) {
    problems.username = problem('errors.valueTaken', { value: input.username as string });
  }
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
}

function refuseUsernameChange(input: Input, existing: User): void {
  if (input.username === undefined || String(input.username).trim().toLowerCase() === existing.username)
    return;
  throw new DomainError(422, problem('errors.invalid'), { username: problem('errors.readOnlyField') });
}

/** Only warehouse staff are tied to warehouses; for them an empty list means all. */
function warehouseIdsFor(role: unknown, sent: unknown, current: number[]): number[] {
  if (role !== 'warehouse') return [];
  return Array.isArray(sent) ? (sent as number[]) : current;
}

async function refuseLosingLastAdmin(
  tx: WriteTransaction,
  existing: User,
  next: { role: unknown; active: unknown },
): Promise<void> {
  const wasActiveAdmin = existing.role === 'admin' && existing.active;
  if (!wasActiveAdmin || (next.role === 'admin' && next.active === true)) return;
  for (const user of await tx.all<User>('users')) {
    if (user.id !== existing.id && user.role === 'admin' && user.active) return;
  }
  throw new DomainError(422, problem('errors.lastAdmin'));
}

async function storePassword(tx: WriteTransaction, userId: number, passwordHash: string): Promise<void> {
  await tx.put('credentials', { id: userId, userId, passwordHash });
}

/**
 * Hashed before the transaction: hashing takes tens of milliseconds, which
 * would hold up every other transaction, and a retried one would hash again.
 */
async function newPasswordHash(input: Input): Promise<string | null> {
  // An empty password box on an edit form means "keep the password".
  return typeof input.password === 'string' && input.password !== ''
    ? hashPasswordAsync(input.password)
    : null;
}

export function usersHandlers(
  db: Database,
): Record<'users.create' | 'users.update' | 'users.patch' | 'userNames', Handler> {
  const show = (user: StoredRecord, res: Response) => present(db, usersResource, user, res);

  const create: Handler = async ({ body: input, ctx, res }) => {
    const passwordHash = await newPasswordHash(input);
    const created = await db.transact(async (tx) => {
      await refuseUnknownOrTaken(input, tx, true);
      const user = await tx.insert<UserRecord>('users', {
        username: input.username as string,
        fullName: input.fullName as string,
        role: input.role as User['role'],
        active: input.active !== false,
        warehouseIds: warehouseIdsFor(input.role, input.warehouseIds, []),
        lastLoginAt: null,
      });
      if (passwordHash) await storePassword(tx, user.id, passwordHash);
      await recordAudit(tx, ctx, {
        action: 'create',
        resource: 'users',
        recordId: user.id,
        before: null,
        after: user,
      });
      return user;
    });
    return show(created, res);
  };

  const update: Handler = async ({ params, body: input, ctx, res }) => {
    const passwordHash = await newPasswordHash(input);
    const user = await db.transact(async (tx) => {
      const existing = (await findOr404(tx, usersResource, params.id)) as UserRecord;
      checkVersion(input, existing);
      refuseUsernameChange(input, existing);
      await refuseUnknownOrTaken(input, tx, false);
      const role = (input.role as User['role'] | undefined) ?? existing.role;
      const active = (input.active as boolean | undefined) ?? existing.active;
      await refuseLosingLastAdmin(tx, existing, { role, active });
      const patch: Partial<User> = {
        fullName: (input.fullName as string | undefined) ?? existing.fullName,
        role,
        active,
        warehouseIds: warehouseIdsFor(role, input.warehouseIds, existing.warehouseIds),
      };
      const updated = await tx.update<UserRecord>('users', existing.id, patch);
      const passwordReset = passwordHash !== null;
      if (passwordHash) await storePassword(tx, existing.id, passwordHash);
      await recordAudit(tx, ctx, {
        action: 'update',
        resource: 'users',
        recordId: existing.id,
        before: existing,
        after: updated,
        note: passwordReset ? 'password reset' : undefined,
      });
      const lostAccess =
        passwordReset || updated.role !== existing.role || (existing.active && !updated.active);
      // Their sessions end with the change itself: no request may still pass as the old role.
      if (lostAccess) await endSessionsOf(tx, existing.id);
      return updated;
    });
    return show(user, res);
  };

  // Names only (no role, warehouses or login times): what every role needs to read "created by".
  const userNames: Handler = async () =>
    (await db.all<User>('users')).map(({ id, fullName }) => ({ id, fullName }));

  return { 'users.create': create, 'users.update': update, 'users.patch': update, userNames };
}
