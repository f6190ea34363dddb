import { describe, expect, it } from 'vitest';
import { formatTable } from './report';

describe('formatTable', () => {
  it('pads every column to its widest cell, right-aligning numbers', () => {
    const table = formatTable(
      ['case', 'p99'],
      [
        ['products', '3.5 ms'],
        ['orders by date', '12.25 ms'],
      ],
    ).split('\n');
    expect(table).toEqual([
      'case            p99',
      '──────────────  ────────',
      'products          3.5 ms',
      'orders by date  12.25 ms',
    ]);
  });

  it('measures colour-coded cells by their visible width', () => {
    const table = formatTable(['ok'], [['\u001b[32m✓\u001b[39m']]).split('\n');
    expect(table[1]).toBe('──');
  });
});
