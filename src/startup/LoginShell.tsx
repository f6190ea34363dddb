/**
 * The console before anyone signs in: only the login page, inside
 * react-admin's contexts (translations, sign-in, preferences, theme, router)
 * but without <Admin>'s layout and resources, so the first screen downloads
 * little. Any other address leads to the login page, remembering where it was
 * headed, as react-admin does; once signed in, App shows the console there.
 */
import { CssBaseline } from '@mui/material';
import { useEffect } from 'react';
import { AdminContext, useLocation } from 'react-admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { i18nProvider } from '../i18n/provider';
import { LoginPage } from '../pages/LoginPage';
import { authProvider } from '../providers/authProvider';
import { queryClient } from '../providers/queryClient';
import { readSession } from '../providers/session';
import { store } from '../providers/store';
import { darkTheme, theme } from '../theme';

interface LoginShellProps {
  /** Called once someone has signed in and the address is where the console should open. */
  onSignedIn(): void;
}

function Elsewhere({ onSignedIn }: LoginShellProps) {
  const { pathname, search } = useLocation();
  const signedIn = readSession() !== null;
  useEffect(() => {
    if (signedIn) onSignedIn();
  }, [signedIn, onSignedIn]);
  if (signedIn) return null;
  // react-admin's login goes on to `nextPathname + nextSearch` after signing in.
  return <Navigate to="/login" replace state={{ nextPathname: pathname, nextSearch: search }} />;
}

/**
 * Signed out at another address: moves to #/login before the first render, so
 * the login page shows at once rather than after a redirect, remembering the
 * address as Elsewhere does (react-router keeps location.state under `usr` in
 * the history entry; the signed-out-start journey checks the way back).
 */
export function startAtLogin(): void {
  const [path = '', query] = window.location.hash.replace(/^#/, '').split('?');
  if (path === '/login') return;
  const next = { nextPathname: path || '/', nextSearch: query ? `?${query}` : '' };
  window.history.replaceState({ usr: next, key: 'default', idx: 0 }, '', '#/login');
}

export function LoginShell({ onSignedIn }: LoginShellProps) {
  useEffect(() => {
    // While the user types, the console and the dashboard download (without running).
    if (!('requestIdleCallback' in window)) return;
    const idle = window.requestIdleCallback(() => window.kontorChunks?.prefetch(['']), { timeout: 5000 });
    return () => window.cancelIdleCallback(idle);
  }, []);
  return (
    <AdminContext
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      queryClient={queryClient}
      theme={theme}
      darkTheme={darkTheme}
    >
      <CssBaseline enableColorScheme />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Elsewhere onSignedIn={onSignedIn} />} />
      </Routes>
    </AdminContext>
  );
}
