/**
 * The signed-in console: react-admin's <Admin> with every resource. Mounted by
 * App only while someone is signed in; the dashboard, the other pages and each
 * resource's screens are separate chunks, loaded on first use or, for the
 * screen the console opens on, before it renders (prepareScreen).
 */
import { createContext, useContext, useEffect } from 'react';
import { Admin, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { addConsoleCatalogue } from './i18n/console';
import { i18nProvider } from './i18n/provider';
import { Layout } from './layout/Layout';
import { LoginPage } from './pages/LoginPage';
import { authProvider } from './providers/authProvider';
import { isRole } from './domain/permissions';
import { dataProvider } from './providers/dataProvider';
import { readSession } from './providers/session';
import { queryClient } from './providers/queryClient';
import { store } from './providers/store';
import { resources } from './resources';
import { preloadScreens } from './resources/screens';
import { seedAuthAnswers } from './startup/authAnswers';
import { prefetchBusiestScreens } from './startup/busiestScreens';
import { preloadable } from './startup/preloadable';
import { prefetchScreenData, routeOf } from './startup/prefetch';
import { darkTheme, theme } from './theme';

/** The console's messages join the login page's; src/startup/openConsole waits for them. */
export const catalogueReady = addConsoleCatalogue();

const Dashboard = preloadable(() => import('./pages/Dashboard'));
const AccessDenied = preloadable(() => import('./pages/AccessDenied'));
const NotFound = preloadable(() => import('./pages/NotFound'));

/**
 * How long the first render waits for the screen's data. Rendered before its
 * data, a list commits once empty and again, in full, when the rows arrive:
 * the second pass costs as much CPU as the first, so waiting a moment for the
 * data shows the rows sooner. A slow API still gets its loading state.
 */
const FIRST_DATA_WAIT_MS = 1000;

/**
 * Gets the screen `hash` names ready: asks for its data and loads its code.
 * Resolves when the screen can render without waiting for code, and with its
 * data when that comes within FIRST_DATA_WAIT_MS.
 */
export function prepareScreen(hash: string): Promise<void> {
  const data = prefetchScreenData(hash);
  const { path } = routeOf(hash);
  const resource = /^\/([^/]+)/.exec(path)?.[1];
  return Promise.all([
    resource ? preloadScreens(resource) : Dashboard.preload(),
    seedAuthAnswers(resources.map(({ name }) => name)),
    Promise.race([data, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]),
  ]).then(() => undefined);
}

export interface ConsoleProps {
  /** Called when the console finds nobody signed in any more (signed out, or the session ended). */
  onSignedOut(): void;
}

const SignedOutContext = createContext<() => void>(() => undefined);

/**
 * react-admin sends a user who signs out, or whose session ends, to its login
 * page. This one hands over to App's, so <Admin> never runs signed out (with
 * requireAuth it redirected to its login page over and over).
 */
function LoginRoute() {
  const onSignedOut = useContext(SignedOutContext);
  const signedIn = readSession() !== null;
  useEffect(() => {
    if (!signedIn) onSignedOut();
  }, [signedIn, onSignedOut]);
  // Signed in (a bookmarked login address): the login page itself goes on to the dashboard.
  return signedIn ? <LoginPage /> : null;
}

export default function Console({ onSignedOut }: ConsoleProps) {
  useEffect(() => {
    const role = readSession()?.user.role;
    if (!isRole(role)) return;
    const current = /^#\/([^/?]*)/.exec(window.location.hash)?.[1] ?? '';
    return prefetchBusiestScreens(
      role,
      resources.map(({ name }) => name),
      current,
    );
  }, []);
  return (
    <SignedOutContext.Provider value={onSignedOut}>
      {/* No requireAuth: the console only mounts with a session (App), and the API refuses what it must. */}
      <Admin
        title="Kontor"
        disableTelemetry
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        store={store}
        queryClient={queryClient}
        theme={theme}
        darkTheme={darkTheme}
        layout={Layout}
        loginPage={LoginRoute}
        dashboard={Dashboard}
        accessDenied={AccessDenied}
        catchAll={NotFound}
      >
        {resources.map(({ group: _group, routes, useBadge: _badge, ...definition }) => (
          <Resource key={definition.name} {...definition}>
            {routes?.map(({ path, component: Page }) => (
              <Route key={path} path={path} element={<Page />} />
            ))}
          </Resource>
        ))}
      </Admin>
    </SignedOutContext.Provider>
  );
}
