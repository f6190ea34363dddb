/** Warehouses, stock levels and the stock ledger as REST resources. */
import { validateWarehouse } from '../../src/domain/validation/records';
import { checkFields, type FieldSpec } from '../../src/domain/validation/fields';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';
import { createStockLevels, removeUnusedStockLevels } from './ledger';
import { presentStockLevels, stockLevelFilters } from './insights';
import { assertWarehouseAccess } from './scope';

defineResource({
  name: 'warehouses',
  methods: ['create', 'update', 'delete'],
  validate: (input, existing, tx) => validateWarehouse(input, existing?.id ?? null, lookupFor(tx)),
  derive: (next) => (typeof next.code === 'string' ? { code: next.code.toUpperCase() } : {}),
  afterCreate: (record, tx) => createStockLevels(tx, { warehouseId: record.id }),
  beforeDelete: (record, tx) => removeUnusedStockLevels(tx, 'warehouseId', record.id),
  referencedBy: [
    { collection: 'stock-movements', field: 'warehouseId' },
    { collection: 'orders', field: 'warehouseId' },
    { collection: 'shipments', field: 'warehouseId' },
  ],
});

/** Quantities change only through stock adjustments, transfers and shipments, each leaving a movement. */
const STOCK_LEVEL_EDITABLE: FieldSpec = {
  reorderPoint: { kind: 'integer', min: 0, max: 1_000_000 },
  binLocation: { kind: 'text', max: 40 },
};

defineResource({
  name: 'stock-levels',
  methods: ['update'],
  methodHint: 'errors.stockLevelsReadOnly',
  guard: (existing, _method, ctx, store) => assertWarehouseAccess(ctx, store, existing.warehouseId as number),
  validate: (input) => checkFields(STOCK_LEVEL_EDITABLE, input, { creating: false }),
  virtualFilters: Object.fromEntries(
    Object.entries(stockLevelFilters).map(([name, build]) => [
      name,
      (value, _ctx, store) => build(value, store),
    ]),
  ),
  present: (records, _ctx, store) => presentStockLevels(records, store),
});

defineResource({
  name: 'stock-movements',
  methods: [],
  methodHint: 'errors.ledgerAppendOnly',
});
