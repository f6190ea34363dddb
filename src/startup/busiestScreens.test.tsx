import { describe, expect, it } from 'vitest';
import { busiestScreens } from './busiestScreens';

const MENU = [
  'products',
  'categories',
  'warehouses',
  'stock-levels',
  'stock-movements',
  'stock-transfers',
  'orders',
  'shipments',
  'customers',
  'promotions',
  'users',
  'audit-log',
];

describe('busiestScreens', () => {
  it('puts the dashboard first, then the screens where the role changes things', () => {
    expect(busiestScreens('warehouse', MENU)).toEqual([
      '',
      'stock-levels',
      'stock-movements',
      'stock-transfers',
    ]);
    expect(busiestScreens('merchandiser', MENU)).toEqual(['', 'products', 'categories', 'promotions']);
  });

  it('fills up with screens the role only reads, and never names one it may not open', () => {
    // A manager changes only promotions; orders and the rest are read.
    expect(busiestScreens('manager', MENU, 3)).toEqual(['', 'promotions', 'products']);
    expect(busiestScreens('warehouse', MENU, 20)).not.toContain('promotions');
    expect(busiestScreens('warehouse', MENU, 20)).not.toContain('users');
  });
});
