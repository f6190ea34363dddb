/**
 * Renders components the way the console does: inside react-admin's
 * AdminContext with the real dataProvider, i18nProvider and authProvider, the
 * user already signed in with the given role. HTTP goes to msw: register
 * handlers for relative paths, e.g. `http.get('/api/products', …)`.
 *
 *   renderWithAdmin(<ProductList />, { role: 'warehouse', resource: 'products' });
 *   renderWithAdmin(<Routes>…</Routes>, { initialEntries: ['/products/3'] });
 */
import { CacheProvider } from '@emotion/react';
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  AdminContext,
  memoryStore,
  Notification,
  ResourceContextProvider,
  TestMemoryRouter,
  type DataProvider,
  type Store,
} from 'react-admin';
import type { Locale } from '../domain/messages';
import type { Role } from '../domain/permissions';
import type { SessionUser } from '../domain/types';
import { createI18nProvider } from '../i18n';
import { authProvider } from '../providers/authProvider';
import { dataProvider as realDataProvider } from '../providers/dataProvider';
import { writeSession, type Session } from '../providers/session';
import { theme } from '../theme';
import { testStyleCache } from './styleCache';

export const TEST_USERS: Record<Role, SessionUser> = {
  admin: { id: 1, username: 'admin', fullName: 'Ada Admin', role: 'admin', warehouseIds: [] },
  manager: { id: 2, username: 'manager', fullName: 'Max Manager', role: 'manager', warehouseIds: [] },
  merchandiser: {
    id: 3,
    username: 'merchandiser',
    fullName: 'Mia Merch',
    role: 'merchandiser',
    warehouseIds: [],
  },
  warehouse: {
    id: 4,
    username: 'warehouse',
    fullName: 'Wim Warehouse',
    role: 'warehouse',
    warehouseIds: [1],
  },
};

/** The token the signed-in test user sends; assert on it in handlers if needed. */
export function testToken(role: Role): string {
  return `test-token-${role}`;
}

/** Stores a session as if `role` had signed in; the real authProvider and httpClient read it. */
export function signInAs(role: Role, user: Partial<SessionUser> = {}): Session {
  const session = { token: testToken(role), user: { ...TEST_USERS[role], ...user } };
  writeSession(session);
  return session;
}

/** Puts the CSS of what it renders into the test file's own style cache (see styleCache.ts). */
export const WithTestStyles = ({ children }: { children: ReactNode }) => (
  <CacheProvider value={testStyleCache()}>{children}</CacheProvider>
);

export interface RenderWithAdminOptions {
  /** The signed-in user's role; `null` renders signed out. Default: admin. */
  role?: Role | null;
  /** Overrides for the signed-in user (e.g. warehouseIds). */
  user?: Partial<SessionUser>;
  locale?: Locale;
  /** Wraps the children in a ResourceContext, as a <Resource> route would. */
  resource?: string;
  /** Router history; default ['/']. */
  initialEntries?: string[];
  /** Defaults to the real dataProvider (talking to msw). */
  dataProvider?: DataProvider;
  /** Called with every location the router visits, e.g. to assert a redirect to /login. */
  onLocationChange?: Parameters<typeof TestMemoryRouter>[0]['locationCallback'];
}

export interface RenderWithAdminResult extends RenderResult {
  store: Store;
  queryClient: QueryClient;
  session: Session | null;
}

export function renderWithAdmin(
  children: ReactNode,
  options: RenderWithAdminOptions = {},
): RenderWithAdminResult {
  const { role = 'admin', user, locale = 'en', resource, initialEntries = ['/'] } = options;
  const session = role ? signInAs(role, user) : null;
  const store = memoryStore();
  // No retries: a failing request should fail the test now, not after backoff.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const content = resource ? (
    <ResourceContextProvider value={resource}>{children}</ResourceContextProvider>
  ) : (
    children
  );
  const result = render(
    <WithTestStyles>
      <TestMemoryRouter initialEntries={initialEntries} locationCallback={options.onLocationChange}>
        <AdminContext
          dataProvider={options.dataProvider ?? realDataProvider}
          authProvider={authProvider}
          i18nProvider={createI18nProvider(locale, { persist: false })}
          store={store}
          queryClient={queryClient}
          theme={theme}
        >
          {content}
          <Notification />
        </AdminContext>
      </TestMemoryRouter>
    </WithTestStyles>,
  );
  return { ...result, store, queryClient, session };
}
