export const en = {
  name: 'Return |||| Returns',
  fields: {
    id: 'ID',
    createdAt: 'Recorded',
    createdAt_gte: 'Recorded from',
    createdAt_lte: 'Recorded until',
    orderId: 'Order',
    reason: 'Reason',
    items: 'Units',
    userId: 'Recorded by',
    warehouseId: 'Warehouse',
    restocked: 'Back in stock',
  },
  screen: {
    empty: 'No returns yet.',
    units: '1 unit, %{restocked} back in stock |||| %{smart_count} units, %{restocked} back in stock',
  },
};
