import { describe, expect, it } from 'vitest';
import { formatSlowest, slowestFiles, type FileTiming } from './slowest-reporter';

const timing = (file: string, totalMs: number): FileTiming => ({
  project: 'ui',
  file,
  importMs: totalMs / 4,
  testsMs: totalMs / 2,
  totalMs,
});

describe('slowestFiles', () => {
  it('ranks by total time, slowest first, and keeps only as many as asked', () => {
    const ranked = slowestFiles([timing('a', 100), timing('b', 3000), timing('c', 50), timing('d', 900)], 3);
    expect(ranked.map((t) => t.file)).toEqual(['b', 'd', 'a']);
  });

  it('returns every file when there are fewer than asked', () => {
    expect(slowestFiles([timing('a', 1)], 10)).toHaveLength(1);
  });
});

describe('formatSlowest', () => {
  it('prints one line per file with total, import and test seconds, project and path', () => {
    const text = formatSlowest([
      { project: 'node', file: 'mock-api/store/store.test.ts', importMs: 120, testsMs: 2480, totalMs: 2750 },
    ]);
    expect(text.split('\n')).toEqual([
      'Slowest 1 test files:',
      '  2.8 s  (import  0.1 s, tests  2.5 s)  node        mock-api/store/store.test.ts',
    ]);
  });
});
