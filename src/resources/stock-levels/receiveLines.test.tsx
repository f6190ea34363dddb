import { describe, expect, it } from 'vitest';
import { addLine, messagesByLine, readPastedLines } from './receiveLines';

describe('addLine', () => {
  it('adds a repeated scan to its line, whatever the case, and a new code as the last line', () => {
    let lines = addLine([], 'KT-HOSE-20', 1);
    lines = addLine(lines, 'KT-CAN-10', 2);
    lines = addLine(lines, ' kt-hose-20 ', 3);
    expect(lines.map(({ code, quantity }) => [code, quantity])).toEqual([
      ['KT-HOSE-20', 4],
      ['KT-CAN-10', 2],
    ]);
    expect(new Set(lines.map((line) => line.key)).size).toBe(2);
  });
});

describe('readPastedLines', () => {
  it('reads named columns in any order, semicolon separated, as a German spreadsheet writes them', () => {
    const pasted = 'Menge;Artikelnummer\n5;KT-HOSE-20\n2;4006381333931\n';
    expect(readPastedLines(pasted)).toEqual({
      lines: [
        { code: 'KT-HOSE-20', quantity: 5 },
        { code: '4006381333931', quantity: 2 },
      ],
      problems: [],
    });
  });

  it('reads rows without a header as code, quantity, one unit when the quantity is left out', () => {
    expect(readPastedLines('KT-HOSE-20,3\nKT-CAN-10\n').lines).toEqual([
      { code: 'KT-HOSE-20', quantity: 3 },
      { code: 'KT-CAN-10', quantity: 1 },
    ]);
  });

  it('names the line of each unreadable quantity, counting lines as they were pasted', () => {
    const { lines, problems } = readPastedLines('sku,qty\nKT-HOSE-20,2\nKT-CAN-10,zwei\nKT-RAKE-1,0\n');
    expect(lines).toEqual([{ code: 'KT-HOSE-20', quantity: 2 }]);
    expect(problems).toEqual([
      { line: 3, problem: { key: 'errors.lineQuantity', params: { line: 3 } } },
      { line: 4, problem: { key: 'errors.lineQuantity', params: { line: 4 } } },
    ]);
    expect(readPastedLines('KT-HOSE-20,2\nKT-CAN-10,-1\n').problems.map(({ line }) => line)).toEqual([2]);
  });
});

describe('messagesByLine', () => {
  it('groups the API’s line messages by line index and ignores other fields', () => {
    const byLine = messagesByLine({
      'lines.1.sku': 'unknown',
      'lines.1.quantity': 'not a quantity',
      'lines.12.quantity': 'zero',
      warehouseId: 'required',
    });
    expect([...byLine]).toEqual([
      [1, ['unknown', 'not a quantity']],
      [12, ['zero']],
    ]);
  });
});
