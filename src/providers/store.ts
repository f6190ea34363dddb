import { localStorageStore } from 'react-admin';

/** The console's preferences (theme, language, list settings), namespaced so other react-admin apps on the origin do not leak in. */
export const store = localStorageStore(undefined, 'kontor');
