import { describe, expect, it } from 'vitest';
import { actionForMethod, can, widgetsFor } from './permissions';

describe('permission matrix', () => {
  // Spot checks written from the table, independent of the matrix's own encoding.
  it.each([
    ['merchandiser', 'edit', 'products', true],
    ['manager', 'edit', 'products', false],
    ['warehouse', 'list', 'promotions', false],
    ['manager', 'create', 'promotions', true],
    ['warehouse', 'fulfil', 'orders', true],
    ['warehouse', 'transition', 'orders', false],
    ['admin', 'transition', 'orders', true],
    ['warehouse', 'create', 'stock-adjustments', true],
    ['merchandiser', 'create', 'stock-adjustments', false],
    ['manager', 'list', 'audit-log', true],
    ['merchandiser', 'list', 'audit-log', false],
    ['admin', 'delete', 'audit-log', false],
    ['manager', 'list', 'users', false],
    ['admin', 'create', 'users', true],
    ['warehouse', 'edit', 'shipments', true],
    ['merchandiser', 'edit', 'shipments', false],
  ] as const)('%s may %s %s: %s', (role, action, resource, allowed) => {
    expect(can(role, action, resource)).toBe(allowed);
  });

  it('denies unknown resources', () => {
    expect(can('admin', 'list', 'secrets')).toBe(false);
  });

  it('shows warehouse staff only the stock and fulfilment widgets', () => {
    expect(widgetsFor('warehouse')).toEqual(['stock', 'fulfilment']);
    expect(widgetsFor('manager')).toContain('sales');
  });

  it('maps HTTP methods to actions', () => {
    expect(actionForMethod('GET', false)).toBe('list');
    expect(actionForMethod('GET', true)).toBe('show');
    expect(actionForMethod('PATCH', true)).toBe('edit');
    expect(actionForMethod('DELETE', true)).toBe('delete');
  });
});
