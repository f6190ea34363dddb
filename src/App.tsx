/**
 * The console. Whether someone is signed in is decided before react-admin's
 * <Admin> mounts: signed out, only the login page and what it needs load (see
 * startup/LoginShell); signed in, the console loads together with the screen
 * the address names and its data (startup/openConsole). Deciding first also
 * keeps <Admin> from ever starting signed out, where react-admin's
 * `requireAuth` redirects to its login page over and over before showing it.
 */
import { LinearProgress } from '@mui/material';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { i18nProvider } from './i18n/provider';
import { queryClient } from './providers/queryClient';
import { readSession } from './providers/session';
import { LoginShell } from './startup/LoginShell';
import { loadConsole, openConsole } from './startup/openConsole';
import { preloadable } from './startup/preloadable';

const Console = preloadable(loadConsole);

export function App() {
  const [signedIn, setSignedIn] = useState(() => readSession() !== null);
  const enter = useCallback(() => {
    // The console shows a progress bar until its code is there; the screen's data is already asked for.
    openConsole(window.location.hash).catch(() => undefined);
    setSignedIn(true);
  }, []);
  const leave = useCallback(() => {
    // Nothing the last user saw may show for the next one.
    queryClient.clear();
    setSignedIn(false);
  }, []);
  // The cache outlives a mount (it is filled before the first render); a new App starts without it.
  useEffect(() => () => queryClient.clear(), []);
  if (!signedIn) return <LoginShell onSignedIn={enter} />;
  return (
    <Suspense fallback={<LinearProgress aria-label={i18nProvider.translate('ra.page.loading')} />}>
      <Console onSignedOut={leave} />
    </Suspense>
  );
}

/** For src/main.tsx: loads the console's code, when someone is signed in, before the first render. */
export function prepareApp(hash: string): Promise<void> {
  if (!readSession()) return Promise.resolve();
  return Promise.all([Console.preload(), openConsole(hash)]).then(() => undefined);
}
