import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv';

describe('csv', () => {
  it('escapes cells that a spreadsheet would run as formulas, but not numbers', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+49 30 123')).toBe("'+49 30 123");
    expect(csvCell('-rabatt')).toBe("'-rabatt");
    expect(csvCell('@user')).toBe("'@user");
    expect(csvCell('\u22125')).toBe("'\u22125");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('Kaffee, fein "extra"')).toBe('"Kaffee, fein ""extra"""');
    expect(csvCell(null)).toBe('');
  });

  it('round-trips quotes, separators, line breaks, umlauts and escaped formulas', () => {
    const rows = [
      ['KT-1', 'Müsli "Bio", 500 g', 'Zeile 1\nZeile 2'],
      ['KT-2', '=1+1', ''],
    ];
    const parsed = parseCsv(toCsv(['sku', 'name', 'note'], rows));
    expect(parsed.header).toEqual(['sku', 'name', 'note']);
    expect(parsed.rows.map((r) => [r.values.sku, r.values.name, r.values.note])).toEqual(rows);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reads semicolon files as written by German spreadsheets and skips blank lines', () => {
    const parsed = parseCsv('sku;price\r\nKT-1;12,99\r\n\r\nKT-2;1.299,00\r\n');
    expect(parsed.rows.map((r) => r.values)).toEqual([
      { sku: 'KT-1', price: '12,99' },
      { sku: 'KT-2', price: '1.299,00' },
    ]);
  });
});
