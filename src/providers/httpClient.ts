/**
 * Every request to the API goes through here: it adds the bearer token and the
 * console's language, so the server answers (and words its errors) in it.
 * Failures reject with react-admin's HttpError carrying the server's `message`
 * and body `{ message, errors }`; forms show `body.errors` next to the fields.
 */
import { fetchUtils } from 'react-admin';
import { getCurrentLocale } from '../i18n/currentLocale';
import { readSession } from './session';

/**
 * Absolute, because `fetch` outside a browser (tests) cannot resolve a relative
 * URL; in the browser `/api` resolves against the page's own origin.
 */
export function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_URL ?? '/api';
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return new URL(configured, origin).href.replace(/\/$/, '');
}

export const API_URL = apiBaseUrl();

export type HttpClient = typeof fetchUtils.fetchJson;

export const httpClient: HttpClient = (url, options = {}) => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  headers.set('Accept-Language', getCurrentLocale());
  const session = readSession();
  if (session) headers.set('Authorization', `Bearer ${session.token}`);
  return fetchUtils.fetchJson(url, { ...options, headers });
};

/** For calls outside the data provider (auth, named actions): a path under the API base. */
export function apiUrl(path: string): string {
  return `${API_URL}${path.startsWith('/') ? path : `/${path}`}`;
}
