import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { preloadMap, preloadScript } from './route-preload';

const chunk = (fileName: string, name: string, imports: string[] = [], isEntry = false) =>
  ({ type: 'chunk', fileName, name, imports, isEntry }) as unknown as Rolldown.OutputChunk;

const CHUNKS = [
  chunk('assets/index.js', 'index', ['assets/vendor-boot.js', 'assets/boot.js'], true),
  chunk('assets/vendor-boot.js', 'vendor-boot'),
  chunk('assets/boot.js', 'boot', ['assets/vendor-boot.js']),
  chunk('assets/console.js', 'console', ['assets/boot.js', 'assets/vendor.js']),
  chunk('assets/vendor.js', 'vendor', ['assets/vendor-boot.js']),
  chunk('assets/screen-orders.js', 'screen-orders', ['assets/console.js', 'assets/screen-shipments.js']),
  chunk('assets/screen-shipments.js', 'screen-shipments', ['assets/console.js', 'assets/screen-orders.js']),
  chunk('assets/screen-dashboard.js', 'screen-dashboard', ['assets/console.js', 'assets/vendor-charts.js']),
  chunk('assets/vendor-charts.js', 'vendor-charts', ['assets/vendor.js']),
  chunk('assets/i18n-de.js', 'i18n-de', ['assets/boot.js']),
  chunk('assets/i18n-de-console.js', 'i18n-de-console', ['assets/console.js']),
];

describe('preloadMap', () => {
  const map = preloadMap(CHUNKS, '/');

  it('lists what the console adds to the login page, and what each screen adds to the console', () => {
    expect(map.console.sort()).toEqual(['/assets/console.js', '/assets/vendor.js']);
    expect(map.screens.orders?.sort()).toEqual(['/assets/screen-orders.js', '/assets/screen-shipments.js']);
    expect(map.screens['']?.sort()).toEqual(['/assets/screen-dashboard.js', '/assets/vendor-charts.js']);
    expect(map.german).toEqual(['/assets/i18n-de.js']);
    expect(map.germanConsole).toEqual(['/assets/i18n-de-console.js']);
  });

  it('fails the build when the chunks it relies on are missing', () => {
    expect(() =>
      preloadMap(
        CHUNKS.filter((c) => c.name !== 'console'),
        '/',
      ),
    ).toThrow(/console chunk/);
  });
});

describe('preloadScript', () => {
  function run(storage: Record<string, string>, hash: string) {
    const links: { rel: string; href: string }[] = [];
    const window: Record<string, unknown> = {};
    const document = {
      querySelector: (selector: string) => links.find((link) => selector.includes(`"${link.href}"`)) ?? null,
      createElement: () => ({}) as { rel: string; href: string },
      head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
    };
    const localStorage = { getItem: (key: string) => storage[key] ?? null };
    new Function('window', 'document', 'localStorage', 'location', preloadScript(preloadMap(CHUNKS, '/')))(
      window,
      document,
      localStorage,
      { hash },
    );
    return { links, window: window as { kontorChunks: KontorChunks } };
  }

  it('preloads nothing for a visitor who is signed out', () => {
    expect(run({}, '#/orders').links).toEqual([]);
  });

  it('preloads the console and the addressed screen when a session is stored, German too when saved', () => {
    const { links } = run({ 'kontor.session': '{}', 'kontor.locale': 'de' }, '#/orders?page=2');
    expect(links.map((link) => `${link.rel} ${link.href}`).sort()).toEqual([
      'modulepreload /assets/console.js',
      'modulepreload /assets/i18n-de-console.js',
      'modulepreload /assets/i18n-de.js',
      'modulepreload /assets/screen-orders.js',
      'modulepreload /assets/screen-shipments.js',
      'modulepreload /assets/vendor.js',
    ]);
  });

  it('prefetches screens on request, each file once', () => {
    const { links, window } = run({ 'kontor.session': '{}' }, '#/');
    window.kontorChunks.prefetch(['orders', '']);
    expect(links.filter((link) => link.rel === 'prefetch').map((link) => link.href)).toEqual([
      '/assets/screen-orders.js',
      '/assets/screen-shipments.js',
    ]);
  });
});
