/**
 * The console. Only what the login screen needs is loaded up front; the
 * dashboard, the other pages and every resource's views are separate chunks.
 */
import { lazy } from 'react';
import { Admin, localStorageStore, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { LoginPage } from './pages/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { resources } from './resources';
import { darkTheme, theme } from './theme';

const Dashboard = lazy(() => import('./pages/Dashboard'));
const AccessDenied = lazy(() => import('./pages/AccessDenied'));
const NotFound = lazy(() => import('./pages/NotFound'));

// Namespaced so preferences of other react-admin apps on the same origin do not leak in.
const store = localStorageStore(undefined, 'kontor');

export function App() {
  return (
    <Admin
      title="Kontor"
      disableTelemetry
      requireAuth
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      theme={theme}
      darkTheme={darkTheme}
      layout={Layout}
      loginPage={LoginPage}
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
  );
}
