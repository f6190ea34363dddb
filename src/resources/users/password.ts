import { minLength, required } from 'react-admin';
import { MIN_PASSWORD_LENGTH } from '../../domain/users';

export { MIN_PASSWORD_LENGTH };

/** The same minimum the API enforces (src/domain/users.ts); the API stays the authority. */
export const validatePassword = [required(), minLength(MIN_PASSWORD_LENGTH)];
