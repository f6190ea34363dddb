import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanedTempDirs } from '../lib/testing';
import { firstScreenScripts, firstScreenSizes } from './bundle-size';

const tempDir = cleanedTempDirs();

const VITE_STYLE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <script type="module" crossorigin src="/assets/index-B1a2.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-C3d4.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D5e6.css">
    <link rel=modulepreload href='/assets/mui-E7f8.js' />
    <link rel="modulepreload" href="https://cdn.example.com/remote.js">
    <script src="/legacy.js"></script>
    <script type="module">console.log('inline')</script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('firstScreenScripts', () => {
  it('lists the module entry and modulepreloads, leaving out stylesheets, classic, inline and remote scripts', () => {
    expect(firstScreenScripts(VITE_STYLE_HTML)).toEqual([
      '/assets/index-B1a2.js',
      '/assets/vendor-C3d4.js',
      '/assets/mui-E7f8.js',
    ]);
  });

  it('counts a script once even when it is both entry and preload', () => {
    const html = '<script type="module" src="/a.js"></script><link rel="modulepreload" href="/a.js">';
    expect(firstScreenScripts(html)).toEqual(['/a.js']);
  });
});

describe('firstScreenSizes', () => {
  it('reports raw and gzip sizes of each script in dist', () => {
    const dist = tempDir('dist');
    mkdirSync(join(dist, 'assets'));
    const entry = 'export const answer = 42;\n'.repeat(200);
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="/assets/entry.js"></script>');
    writeFileSync(join(dist, 'assets/entry.js'), entry);

    const [size] = firstScreenSizes(dist);
    expect(size?.path).toBe('/assets/entry.js');
    expect(size?.bytes).toBe(Buffer.byteLength(entry));
    // Repetitive text compresses well: far below the raw size, but not empty.
    expect(size?.gzipBytes).toBeGreaterThan(20);
    expect(size?.gzipBytes).toBeLessThan(entry.length / 10);
  });

  it('fails when index.html names a script that dist does not have', () => {
    const dist = tempDir('dist');
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="/assets/missing.js"></script>');
    expect(() => firstScreenSizes(dist)).toThrow(/missing\.js/);
  });
});
