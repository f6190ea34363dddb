/** Requests and answers of sign-in, user administration and saved filter presets. */
import { ROLES } from '../permissions';
import { COLLECTION_NAMES } from '../resources';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '../users';
import { ids, requiredText, version, z } from './fields';
import { MAX_CREDENTIAL_LENGTH, MAX_LIST_ITEMS } from './limits';
import { listFilter, listSortParam } from './lists';
import { sessionUser, user } from './records';

const credential = z.string().min(1).max(MAX_CREDENTIAL_LENGTH);

export const loginRequest = z.strictObject({ username: credential, password: credential });
export const loginResult = z.object({ token: z.string(), user: sessionUser });

const password = z.string().min(MIN_PASSWORD_LENGTH, 'errors.passwordTooShort').max(MAX_CREDENTIAL_LENGTH);

/** Users are tied to warehouses only as warehouse staff; for them an empty list means all. */
export const userInput = z.strictObject({
  username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN, 'errors.usernamePattern'),
  fullName: requiredText(100),
  role: z.enum(ROLES),
  warehouseIds: ids.max(MAX_LIST_ITEMS).optional(),
  active: z.boolean().optional(),
  password,
});

/**
 * An edit: the username never changes (sending it unchanged is fine), and an
 * empty password box means "keep the password".
 */
export const userPatch = z.strictObject({
  username: z.string().optional(),
  fullName: requiredText(100).optional(),
  role: z.enum(ROLES).optional(),
  warehouseIds: ids.max(MAX_LIST_ITEMS).optional(),
  active: z.boolean().optional(),
  password: z.union([z.literal(''), password]).optional(),
  version: version.optional(),
});

/** Users as the API shows them: never a credential. */
export const presentedUser = user;

export const savedFilterInput = z.strictObject({
  resource: z.enum(COLLECTION_NAMES as [string, ...string[]]),
  name: requiredText(80),
  filter: listFilter.optional(),
  sort: listSortParam.nullable().optional(),
});
export const savedFilterPatch = savedFilterInput.partial();
