/**
 * Which screens' code to fetch while someone reads the screen they landed on:
 * those their role works in most, judged from the permission matrix. Screens
 * where the role changes things (creates, edits, fulfils orders) come first,
 * in menu order, then those it only reads; the dashboard, everyone's landing
 * page, before all of them.
 */
import { allowedActions, isProtectedResource, type Role } from '../domain/permissions';

const READING = new Set(['list', 'show', 'export']);

/** Screen keys as `window.kontorChunks` takes them: resource names, `` for the dashboard. */
export function busiestScreens(role: Role, menu: readonly string[], limit = 4): string[] {
  const listable = menu.filter(
    (name) => isProtectedResource(name) && allowedActions(role, name).includes('list'),
  );
  const works = (name: string) =>
    isProtectedResource(name) && allowedActions(role, name).some((action) => !READING.has(action));
  return ['', ...listable.filter(works), ...listable.filter((name) => !works(name))].slice(0, limit);
}

/** How long after the console opens its first screen to start; by then its own requests are done. */
const SETTLE_MS = 3000;

/** Fetches those screens' code at low priority (not run until opened), once the page is idle. */
export function prefetchBusiestScreens(role: Role, menu: readonly string[], current: string): () => void {
  const screens = busiestScreens(role, menu).filter((screen) => screen !== current);
  let idle: number | undefined;
  const timer = window.setTimeout(() => {
    const start = () => window.kontorChunks?.prefetch(screens);
    if ('requestIdleCallback' in window) idle = window.requestIdleCallback(start, { timeout: 5000 });
    else start();
  }, SETTLE_MS);
  return () => {
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
