/**
 * Starts the signed-in console as early as possible: its code, the code of the
 * screen the address names and that screen's data are requested side by side,
 * rather than each only after the one before it has arrived and run.
 * index.html starts the code downloads already when it finds a session (see
 * scripts/build/route-preload.ts); after signing in, this does.
 */
export const loadConsole = () =>
  import('../Console').then(async (module) => {
    // Rendered before its messages are in, the console would show their keys for a moment.
    await module.catalogueReady.catch(() => undefined);
    return module;
  });

/** Resolves when the console and its first screen can render without waiting for code. */
export function openConsole(hash: string): Promise<void> {
  window.kontorChunks?.preload(hash);
  return loadConsole().then(({ prepareScreen }) => prepareScreen(hash));
}
