/** Warehouses, stock levels and the stock ledger as REST resources. */
import { validateWarehouse } from '../../src/domain/validation/records';
import { checkFields, type FieldSpec } from '../../src/domain/validation/fields';
import { defineResource } from '../rest/rules';
import { lookupFor } from '../lookups';

defineResource({
  name: 'warehouses',
  methods: ['create', 'update', 'delete'],
  validate: (input, existing, tx) => validateWarehouse(input, existing?.id ?? null, lookupFor(tx)),
  derive: (next) => (typeof next.code === 'string' ? { code: next.code.toUpperCase() } : {}),
  referencedBy: [
    { collection: 'stock-levels', field: 'warehouseId' },
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
  validate: (input) => checkFields(STOCK_LEVEL_EDITABLE, input, { creating: false }),
});

defineResource({
  name: 'stock-movements',
  methods: [],
  methodHint: 'errors.ledgerAppendOnly',
});
