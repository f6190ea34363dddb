/**
 * User administration. Reads go through the generic REST bridge; writes are
 * handled here because they touch credentials and sessions too. Users are
 * never deleted (the audit trail keeps pointing at them), and the last active
 * administrator can be neither demoted nor deactivated.
 */
import { Router, type Request, type Response } from 'express';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import { ROLES } from '../../src/domain/permissions';
import type { User } from '../../src/domain/types';
import { checkFields, type FieldSpec } from '../../src/domain/validation/fields';
import { recordAudit } from '../audit';
import type { Auth } from '../auth';
import { MAX_CREDENTIAL_LENGTH } from '../auth/login';
import { hashPassword } from '../auth/passwords';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '../../src/domain/users';
import { authorize } from '../http/access';
import { ctxOf } from '../http/context';
import { route } from '../http/errors';
import { lookupFor } from '../lookups';
import { bodyOf, checkVersion, findOr404, present } from '../rest/bridge';
import { defineResource } from '../rest/rules';
import type { Store, StoredRecord, Transaction } from '../store/store';

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
/** Sent back by edit forms with the rest of the record; never written from a request. */
const SERVER_FIELDS = ['id', 'createdAt', 'updatedAt', 'version', 'lastLoginAt'];

const CREATE_SPEC: FieldSpec = {
  username: {
    kind: 'text',
    required: true,
    max: 40,
    pattern: USERNAME_PATTERN,
    patternKey: 'errors.usernamePattern',
  },
  fullName: { kind: 'text', required: true, max: 100 },
  role: { kind: 'enum', values: ROLES, required: true },
  warehouseIds: { kind: 'refList', collection: 'warehouses' },
  active: { kind: 'boolean' },
  password: { kind: 'text', required: true, max: MAX_CREDENTIAL_LENGTH },
};
const { username: _username, ...UPDATE_SPEC } = CREATE_SPEC;

const usersResource = defineResource({
  name: 'users',
  methods: [],
  present: (records) =>
    records.map(
      (record) =>
        Object.fromEntries(
          PRESENTED_FIELDS.filter((f) => f in record).map((f) => [f, record[f]]),
        ) as StoredRecord,
    ),
});

type Input = Record<string, unknown>;
type UserRecord = User & StoredRecord;

/**
 * Trims text, lower-cases the username, and treats an empty password or a
 * null optional field as "not sent" (edit forms send blank password boxes).
 */
function normalise(input: Input): Input {
  const out: Input = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === null && (field === 'active' || field === 'warehouseIds')) continue;
    if (field === 'password') {
      if (value !== '' && value !== null) out.password = value;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : value;
    out[field] = field === 'username' && typeof text === 'string' ? text.toLowerCase() : text;
  }
  return out;
}

function validate(spec: FieldSpec, input: Input, existing: User | null, tx: Transaction): void {
  const ignore = existing ? [...SERVER_FIELDS, 'username'] : SERVER_FIELDS;
  const problems: FieldProblems = checkFields(spec, input, {
    creating: !existing,
    lookup: lookupFor(tx),
    ignore,
  });
  if (
    typeof input.password === 'string' &&
    !problems.password &&
    input.password.length < MIN_PASSWORD_LENGTH
  ) {
    problems.password = problem('errors.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  }
  if (existing && input.username !== undefined && input.username !== existing.username) {
    problems.username = problem('errors.readOnlyField');
  }
  if (!existing && typeof input.username === 'string' && !problems.username) {
    if (lookupFor(tx).taken('users', 'username', input.username, null)) {
      problems.username = problem('errors.valueTaken', { value: input.username });
    }
  }
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
}

/** Only warehouse staff are tied to warehouses; for them an empty list means all. */
function warehouseIdsFor(role: unknown, sent: unknown, current: number[]): number[] {
  if (role !== 'warehouse') return [];
  return Array.isArray(sent) ? (sent as number[]) : current;
}

function refuseLosingLastAdmin(
  tx: Transaction,
  existing: User,
  next: { role: unknown; active: unknown },
): void {
  const wasActiveAdmin = existing.role === 'admin' && existing.active;
  if (!wasActiveAdmin || (next.role === 'admin' && next.active === true)) return;
  for (const user of tx.all<User>('users')) {
    if (user.id !== existing.id && user.role === 'admin' && user.active) return;
  }
  throw new DomainError(422, problem('errors.lastAdmin'));
}

function storePassword(tx: Transaction, userId: number, password: string): void {
  tx.put('credentials', { id: userId, userId, passwordHash: hashPassword(password) });
}

export function usersRoutes(store: Store, auth: Auth): Router {
  const router = Router();
  const show = (user: StoredRecord, res: Response) => present(store, usersResource, user, res);

  router.post(
    '/users',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'create', 'users');
      const input = normalise(bodyOf(req));
      const created = store.transact((tx) => {
        validate(CREATE_SPEC, input, null, tx);
        const user = tx.insert<UserRecord>('users', {
          username: input.username as string,
          fullName: input.fullName as string,
          role: input.role as User['role'],
          active: input.active !== false,
          warehouseIds: warehouseIdsFor(input.role, input.warehouseIds, []),
          lastLoginAt: null,
        });
        storePassword(tx, user.id, input.password as string);
        recordAudit(tx, ctx, {
          action: 'create',
          resource: 'users',
          recordId: user.id,
          before: null,
          after: user,
        });
        return user;
      });
      res.status(201).json(show(created, res));
    }),
  );

  const update = route((req: Request, res: Response) => {
    const ctx = ctxOf(res);
    authorize(ctx, 'edit', 'users');
    const body = bodyOf(req);
    const input = normalise(body);
    const { user, endSessions } = store.transact((tx) => {
      const existing = findOr404(store, usersResource, req.params.id) as UserRecord;
      checkVersion(body, existing);
      validate(UPDATE_SPEC, input, existing, tx);
      const role = input.role ?? existing.role;
      const active = input.active ?? existing.active;
      refuseLosingLastAdmin(tx, existing, { role, active });
      const patch: Partial<User> = {
        fullName: (input.fullName as string | undefined) ?? existing.fullName,
        role: role as User['role'],
        active: active as boolean,
        warehouseIds: warehouseIdsFor(role, input.warehouseIds, existing.warehouseIds),
      };
      const updated = tx.update<UserRecord>('users', existing.id, patch);
      const passwordReset = typeof input.password === 'string';
      if (passwordReset) storePassword(tx, existing.id, input.password as string);
      recordAudit(tx, ctx, {
        action: 'update',
        resource: 'users',
        recordId: existing.id,
        before: existing,
        after: updated,
        note: passwordReset ? 'password reset' : undefined,
      });
      const lostAccess =
        passwordReset || updated.role !== existing.role || (existing.active && !updated.active);
      return { user: updated, endSessions: lostAccess };
    });
    if (endSessions) auth.revokeUser(user.id);
    res.json(show(user, res));
  });
  router.put('/users/:id', update);
  router.patch('/users/:id', update);

  router.delete(
    '/users/:id',
    route((_req, res) => {
      authorize(ctxOf(res), 'delete', 'users');
      throw new DomainError(405, problem('errors.usersCannotBeDeleted'));
    }),
  );

  return router;
}
