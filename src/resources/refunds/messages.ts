export const en = {
  name: 'Refund |||| Refunds',
  fields: {
    id: 'ID',
    createdAt: 'Refunded',
    createdAt_gte: 'Refunded from',
    createdAt_lte: 'Refunded until',
    orderId: 'Order',
    reason: 'Reason',
    amount: 'Amount',
    amount_gte: 'Amount from (€)',
    amount_lte: 'Amount up to (€)',
    userId: 'Refunded by',
    warehouseId: 'Warehouse',
  },
  screen: {
    empty: 'No refunds yet.',
  },
};
