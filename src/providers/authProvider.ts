/**
 * Sign-in against the API's bearer-token endpoints, and access checks from the
 * shared permission matrix so the console never offers what the server refuses.
 */
import type { AuthProvider, UserIdentity } from 'react-admin';
import { can, type Action } from '../domain/permissions';
import type { SessionUser } from '../domain/types';
import { apiUrl, httpClient } from './httpClient';
import {
  clearSession,
  forgetSessionExpired,
  markSessionExpired,
  readSession,
  writeSession,
  type Session,
} from './session';

export interface Credentials {
  username: string;
  password: string;
}

/** Pages open to every signed-in user, whatever their role. */
const OPEN_TO_ALL = new Set(['dashboard']);

/** react-admin's own action names that the matrix spells differently. */
const ACTION_ALIASES: Record<string, Action> = { clone: 'create', read: 'show' };

export function mayAccess(user: SessionUser | null, resource: string, action: string): boolean {
  if (!user) return false;
  if (OPEN_TO_ALL.has(resource)) return true;
  return can(user.role, ACTION_ALIASES[action] ?? (action as Action), resource);
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: Credentials) {
    // Rejects with the server's localised message (wrong credentials, locked account).
    const { json } = await httpClient(apiUrl('/auth/login'), {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    writeSession(json as Session);
    forgetSessionExpired();
  },

  async logout() {
    if (readSession()) {
      // Revoking the token is best effort: signing out locally must never fail.
      await httpClient(apiUrl('/auth/logout'), { method: 'POST' }).catch(() => undefined);
    }
    clearSession();
  },

  async checkAuth() {
    // Without a session the console hands over to the login page, which says why (e.g. "Your
    // session has ended"); `message: false` keeps react-admin from adding "Please login to continue" toasts.
    if (!readSession()) throw Object.assign(new Error('ra.auth.auth_check_error'), { message: false });
  },

  async checkError(error: unknown) {
    // 401: the token expired or was revoked, so sign in again. 403 only means
    // this action is not allowed; the user stays where they are.
    if (statusOf(error) === 401) {
      // Requests that were under way together fail one after another. The first
      // one's sign-out already cleared the session and is on its way to the login
      // page; handled quietly (no sign-out, no notice), the later ones would not
      // send the browser there again.
      if (!readSession()) throw Object.assign(new Error(''), { logoutUser: false, message: false });
      clearSession();
      markSessionExpired();
      throw new Error('ra.notification.logged_out');
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const session = readSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    const { id, fullName, username, role, warehouseIds } = session.user;
    return { id, fullName, username, role, warehouseIds };
  },

  async getPermissions() {
    return readSession()?.user.role;
  },

  async canAccess({ resource, action }) {
    return mayAccess(readSession()?.user ?? null, resource, action);
  },
};
