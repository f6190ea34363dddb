/**
 * The Emotion cache that components rendered by renderWithAdmin put their CSS
 * in, one per test file. The test DOM's getComputedStyle, behind every `*ByRole`
 * query and `toBeVisible`, matches the element against every CSS rule in the
 * document; with one DOM per worker (see vitest.config.ts), the styles of every
 * file the worker ran would pile up and make each query slower than the last.
 * setup.ts drops the file's styles after its last test.
 */
import createCache, { type EmotionCache } from '@emotion/cache';

let cache: EmotionCache | null = null;

export function testStyleCache(): EmotionCache {
  cache ??= createCache({ key: 'test' });
  return cache;
}

/** Removes the file's <style> elements; the next render starts a new cache that inserts its own. */
export function dropTestStyles(): void {
  cache?.sheet.flush();
  cache = null;
}
