/** The login page's part of the German catalogue (see ./login.ts). */
import { appGerman } from './app.de';
import type { loginEnglish } from './login';
import { raGerman } from './ra-de';

export const loginGerman = { ra: raGerman, app: appGerman } satisfies Record<
  keyof typeof loginEnglish,
  object
>;
