/**
 * The signed-in session lives in localStorage so a reload keeps the user signed
 * in; the authProvider writes it and the httpClient reads the token from it.
 */
import { isRole } from '../domain/permissions';
import type { SessionUser } from '../domain/types';

export const SESSION_KEY = 'kontor.session';

export interface Session {
  token: string;
  user: SessionUser;
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { token, user } = value as Partial<Session>;
  return typeof token === 'string' && typeof user === 'object' && user !== null && isRole(user.role);
}

export function readSession(): Session | null {
  const raw = localStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isSession(parsed) ? parsed : null;
  } catch {
    // A hand-edited or truncated entry counts as signed out.
    return null;
  }
}

export function writeSession(session: Session): void {
  localStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_KEY);
}

/**
 * react-admin only says "your session has ended" while the user is still signed
 * in, and a 401 signs them out first; so the login page reports it instead.
 * Per tab (sessionStorage), until the next sign-in.
 */
const EXPIRED_KEY = 'kontor.sessionExpired';

export function markSessionExpired(): void {
  sessionStorage.setItem(EXPIRED_KEY, '1');
}

export function isSessionExpired(): boolean {
  return sessionStorage.getItem(EXPIRED_KEY) !== null;
}

export function forgetSessionExpired(): void {
  sessionStorage.removeItem(EXPIRED_KEY);
}
