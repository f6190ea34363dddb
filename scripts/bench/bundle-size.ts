/**
 * What the first screen costs to download: the entry module and everything
 * index.html tells the browser to preload, gzipped as a server would send it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    if (name) attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
  }
  return attributes;
}

function isLocal(url: string): boolean {
  return !/^([a-z]+:)?\/\//i.test(url) && !url.startsWith('data:');
}

/** Local JavaScript the page loads before anything else: module entry scripts and modulepreloads, in document order. */
export function firstScreenScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [, tag, rawAttributes] of html.matchAll(TAG)) {
    const attributes = attributesOf(rawAttributes ?? '');
    const url =
      tag?.toLowerCase() === 'script'
        ? attributes.get('type') === 'module'
          ? attributes.get('src')
          : undefined
        : attributes.get('rel') === 'modulepreload'
          ? attributes.get('href')
          : undefined;
    if (url && isLocal(url) && !scripts.includes(url)) scripts.push(url);
  }
  return scripts;
}

export interface FileSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** Sizes of the first screen's scripts in `distDir`; a script index.html names but dist lacks is an error. */
export function firstScreenSizes(distDir: string): FileSize[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return firstScreenScripts(html).map((url) => {
    const content = readFileSync(join(distDir, url.replace(/^\.?\//, '')));
    return { path: url, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
}
