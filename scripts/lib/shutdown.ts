/**
 * Ctrl-C / SIGTERM handling shared by the long-running scripts: the first
 * signal runs the cleanup and exits, a second one exits at once.
 */
export function onInterrupt(cleanup: (signal: NodeJS.Signals) => Promise<void>, exitCode = 130): void {
  let interrupted = false;
  const handle = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(exitCode);
    interrupted = true;
    cleanup(signal).then(
      () => process.exit(exitCode),
      (error: unknown) => {
        console.error(error);
        process.exit(exitCode);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}
