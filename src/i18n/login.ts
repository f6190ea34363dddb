/**
 * The login page's part of the catalogue: react-admin's messages and the
 * shell's. English is part of the first download; German (./login.de.ts)
 * is loaded when chosen. The signed-in console adds its part (./console.ts).
 */
import englishMessages from 'ra-language-english';
import { appEnglish } from './app';

export const loginEnglish = { ra: englishMessages, app: appEnglish };
