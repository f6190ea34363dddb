import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/domain/csv';
import { codesCsv, parseCodeBatch } from './codes';

describe('csvCell', () => {
  it('keeps spreadsheet programs from running a cell as a formula', () => {
    for (const dangerous of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(dangerous).replace(/^"/, '').startsWith("'"), JSON.stringify(dangerous)).toBe(true);
    }
    expect(csvCell('SUMMER-ABCD2345')).toBe('SUMMER-ABCD2345');
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});

describe('codesCsv', () => {
  it('writes a header and one CRLF-terminated row per code, used dates included', () => {
    const csv = codesCsv(
      [
        { code: 'A-1', usedAt: null },
        { code: 'B-2', usedAt: '2026-06-01T10:00:00.000Z' },
      ],
      'en',
    );
    expect(csv).toBe('\uFEFFcode,used at\r\nA-1,\r\nB-2,2026-06-01T10:00:00.000Z\r\n');
  });
});

describe('parseCodeBatch', () => {
  it('upper-cases the prefix and allows none', () => {
    expect(parseCodeBatch({ count: 5, prefix: ' vip ' })).toEqual({ count: 5, prefix: 'VIP' });
    expect(parseCodeBatch({ count: 1 })).toEqual({ count: 1, prefix: '' });
  });
});
