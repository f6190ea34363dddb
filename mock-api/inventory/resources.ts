/** Warehouses, stock levels and the stock ledger as REST resources. */
import { validateWarehouse } from '../../src/domain/validation/records';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';
import { createStockLevels, removeUnusedStockLevels } from './ledger';
import { presentStockLevels, stockLevelFilters } from './insights';

defineResource({
  name: 'warehouses',

  validate: async (input, existing, tx) =>
    validateWarehouse(input, existing?.id ?? null, await lookupFor(tx, ['warehouses'])),
  derive: (next) => (typeof next.code === 'string' ? { code: next.code.toUpperCase() } : {}),
  afterCreate: (record, tx) => createStockLevels(tx, { warehouseId: record.id }),
  beforeDelete: (record, tx) => removeUnusedStockLevels(tx, 'warehouseId', record.id),
  referencedBy: [
    { collection: 'stock-movements', field: 'warehouseId' },
    { collection: 'orders', field: 'warehouseId' },
    { collection: 'shipments', field: 'warehouseId' },
  ],
});

defineResource({
  name: 'stock-levels',

  virtualFilters: Object.fromEntries(
    Object.entries(stockLevelFilters).map(([name, build]) => [name, (value, _ctx, db) => build(value, db)]),
  ),
  present: (records, _ctx, db) => presentStockLevels(records, db),
});

defineResource({
  name: 'stock-movements',
});
