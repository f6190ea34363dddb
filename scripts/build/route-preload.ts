/**
 * Lets index.html start the signed-in console's download while the page is
 * still being parsed: a small inline script that, when a session is stored,
 * adds modulepreload links for the console's chunks and for the chunks of the
 * screen the address names, which the entry would otherwise import only after
 * it has arrived and run. It also preloads the German catalogue when German is
 * the saved choice, and gives the app `window.kontorChunks` to do the same
 * after signing in and to prefetch screens (src/startup/chunks.d.ts).
 *
 * Which files those are comes from the build (chunk-groups.ts names them), so
 * there is no list to keep up to date by hand.
 */
import type { Plugin, Rolldown } from 'vite';
import { LOCALE_KEY } from '../../src/i18n/currentLocale';
import { SESSION_KEY } from '../../src/providers/session';

type Chunk = Rolldown.OutputChunk;

export interface PreloadMap {
  /** The signed-in console's files that the login page does not already load. */
  console: string[];
  /** Per screen (`orders`; `` is the dashboard): its files beyond the console's. */
  screens: Record<string, string[]>;
  /** The login page's German, and the rest of it for the signed-in console. */
  german: string[];
  germanConsole: string[];
}

/** A chunk and every chunk it imports statically, as file names. */
function closure(chunk: Chunk, byFile: Map<string, Chunk>, into = new Set<string>()): Set<string> {
  if (into.has(chunk.fileName)) return into;
  into.add(chunk.fileName);
  for (const imported of chunk.imports) {
    const next = byFile.get(imported);
    if (next) closure(next, byFile, into);
  }
  return into;
}

export function preloadMap(chunks: readonly Chunk[], base: string): PreloadMap {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  const named = (name: string) => chunks.find((chunk) => chunk.name === name);
  const consoleChunk = named('console');
  if (!entry || !consoleChunk) throw new Error('route-preload: the build has no entry or console chunk');
  const boot = closure(entry, byFile);
  const consoleFiles = [...closure(consoleChunk, byFile)].filter((file) => !boot.has(file));
  const loaded = new Set([...boot, ...consoleFiles]);
  const beyond = (chunk: Chunk | undefined) =>
    chunk ? [...closure(chunk, byFile)].filter((file) => !loaded.has(file)).map((file) => base + file) : [];
  const screens = Object.fromEntries(
    chunks
      .filter((chunk) => chunk.name.startsWith('screen-'))
      .map((chunk) => {
        const screen = chunk.name.slice('screen-'.length);
        return [screen === 'dashboard' ? '' : screen, beyond(chunk)];
      }),
  );
  return {
    console: consoleFiles.map((file) => base + file),
    screens,
    german: beyond(named('i18n-de')),
    germanConsole: beyond(named('i18n-de-console')),
  };
}

/** The inline script: plain ES5-style JavaScript, as it runs before any module. */
export function preloadScript(map: PreloadMap): string {
  return `(function () {
  var map = ${JSON.stringify(map)};
  function add(files, rel) {
    for (var i = 0; i < files.length; i++) {
      if (document.querySelector('link[href="' + files[i] + '"]')) continue;
      var link = document.createElement('link');
      link.rel = rel;
      link.crossOrigin = '';
      link.href = files[i];
      document.head.appendChild(link);
    }
  }
  function screenFiles(screen) {
    return Object.prototype.hasOwnProperty.call(map.screens, screen) ? map.screens[screen] : [];
  }
  window.kontorChunks = {
    preload: function (hash) {
      var screen = (/^#\\/([^/?]*)/.exec(hash) || [])[1] || '';
      add(map.console.concat(screenFiles(screen)), 'modulepreload');
    },
    prefetch: function (screens) {
      var files = map.console;
      for (var i = 0; i < screens.length; i++) files = files.concat(screenFiles(screens[i]));
      add(files, 'prefetch');
    }
  };
  try {
    var german = localStorage.getItem(${JSON.stringify(LOCALE_KEY)}) === 'de';
    var signedIn = localStorage.getItem(${JSON.stringify(SESSION_KEY)});
    if (german) add(map.german, 'modulepreload');
    if (signedIn) window.kontorChunks.preload(location.hash);
    if (german && signedIn) add(map.germanConsole, 'modulepreload');
  } catch (error) {
    // No storage (a locked-down browser): the app loads what it needs as it goes.
  }
})();`;
}

export function routePreload(): Plugin {
  let base = '/';
  return {
    name: 'kontor-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return;
        const chunks = Object.values(bundle).filter((output): output is Chunk => output.type === 'chunk');
        return [{ tag: 'script', children: preloadScript(preloadMap(chunks, base)), injectTo: 'head' }];
      },
    },
  };
}
