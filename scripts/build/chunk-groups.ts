/**
 * How the console's code is cut into files, by what loads together rather than
 * by which modules happen to be shared (Rolldown's automatic splitting made 31
 * files for the login page and 91 for the orders list, many of them a round
 * trip after the lazy chunk that imports them):
 *
 * - `vendor-boot` and `boot`: what the login page needs, libraries and our code
 *   (Rolldown's `$initial` tag: statically imported from the entry).
 * - `vendor` and `console`: the other libraries, but charts, and the signed-in
 *   shell with the components that several screens share.
 * - `screen-<name>`: each resource folder's screens, and the dashboard.
 * - `vendor-charts`: recharts and the libraries only it uses.
 * - `i18n-de`, `i18n-de-console`: the German catalogue of the login page and
 *   of the rest, loaded when German is chosen.
 *
 * Vendor chunks change only with a dependency (or with what the login page
 * uses), so browsers keep them across releases. Rolldown gives each module to
 * the first group by priority that matches it; the library groups also take
 * the dependencies of what they match, our code's groups take only what they
 * match. See https://rolldown.rs/in-depth/manual-code-splitting.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';

type Group = Rolldown.CodeSplittingGroup;
type ChunkingContext = Parameters<Extract<Group['name'], (...args: never[]) => unknown>>[1];

const SRC = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../src')}/`;
const ENTRY = `${SRC}main.tsx`;
const LIBRARY = /[\\/]node_modules[\\/]/;
/**
 * Our code on the login page, with Vite's helper for loading chunks, which it
 * calls. The entry module stays in the entry chunk: were it in here, this
 * chunk and the entry would import each other, and the entry's code could run
 * before the helper it calls was defined.
 */
const isBoot = (id: string) =>
  (id.startsWith(SRC) && id !== ENTRY) || /vite[\\/](preload-helper|modulepreload-polyfill)/.test(id);
/** recharts and its dependencies that nothing else uses. */
const CHARTS =
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|es-toolkit)[\\/]/;
const TOOLTIP = /[\\/]node_modules[\\/](@popperjs[\\/]|@mui[\\/]material[\\/]esm[\\/](Tooltip|Popper)[\\/])/;
/** The German of the login page, and the rest (only of use once signed in). */
const LOGIN_GERMAN = /[\\/]i18n[\\/](ra-de|app\.de|login\.de)\.ts$/;
const GERMAN = /\.de\.ts$/;

/** `orders` for src/resources/orders/OrderList.tsx, `dashboard` for the dashboard's modules. */
function folderOf(id: string): string | null {
  if (!id.startsWith(SRC)) return null;
  const path = id.slice(SRC.length);
  if (path.startsWith('dashboard/') || path === 'pages/Dashboard.tsx') return 'dashboard';
  return /^resources\/([^/]+)\//.exec(path)?.[1] ?? null;
}

const decided = new WeakMap<ChunkingContext, Map<string, string | null>>();

/**
 * A module belongs to its folder's screen chunk unless code outside the screens
 * imports it, directly or through other modules (the menu's badge, a
 * resource's record label): then it loads with the console, or every visit
 * would download that screen's chunk too.
 */
function screenOf(id: string, ctx: ChunkingContext): string | null {
  let cache = decided.get(ctx);
  if (!cache) decided.set(ctx, (cache = new Map()));
  const known = cache;
  const decide = (module: string): string | null => {
    const cached = known.get(module);
    if (cached !== undefined) return cached;
    const folder = folderOf(module);
    if (!folder || /[\\/]resources[\\/][^/]+[\\/](index\.ts|messages)/.test(module)) {
      known.set(module, null);
      return null;
    }
    // Assumed while its importers are looked at, so an import cycle ends.
    known.set(module, `screen-${folder}`);
    const importers = ctx.getModuleInfo(module)?.importers ?? [];
    const result = importers.some((importer) => !folderOf(importer) || decide(importer) === null)
      ? null
      : `screen-${folder}`;
    known.set(module, result);
    return result;
  };
  return decide(id);
}

export const chunkGroups: Group[] = [
  { name: 'vendor-boot', test: LIBRARY, tags: ['$initial'], priority: 70 },
  { name: 'boot', test: isBoot, tags: ['$initial'], priority: 60, includeDependenciesRecursively: false },
  { name: 'vendor-charts', test: CHARTS, priority: 50, includeDependenciesRecursively: false },
  // MUI's tooltip and Popper: the login page loads them once idle (src/components/DeferredTooltip).
  { name: 'vendor-tooltip', test: TOOLTIP, priority: 45 },
  { name: 'vendor', test: LIBRARY, priority: 40 },
  { name: 'i18n-de', test: LOGIN_GERMAN, priority: 32, includeDependenciesRecursively: false },
  { name: 'i18n-de-console', test: GERMAN, priority: 30, includeDependenciesRecursively: false },
  { name: screenOf, debugName: 'screens', priority: 20, includeDependenciesRecursively: false },
  {
    name: 'console',
    test: (id) => id.startsWith(SRC) && id !== ENTRY,
    priority: 10,
    includeDependenciesRecursively: false,
  },
];
