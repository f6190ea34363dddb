/** Client-side checks of user forms, from the same rules the users API applies. */
import { minLength, required, type Validator } from 'react-admin';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '../../domain/users';

export { MIN_PASSWORD_LENGTH };

/** The same minimum the API enforces (src/domain/users.ts); the API stays the authority. */
export const validatePassword = [required(), minLength(MIN_PASSWORD_LENGTH)];

/** The API trims and lower-cases the name before checking it against the same pattern. */
const usernameShape: Validator = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' && !USERNAME_PATTERN.test(value.trim().toLowerCase())
    ? 'domain.errors.usernamePattern'
    : undefined;

export const validateUsername = [required(), usernameShape];
