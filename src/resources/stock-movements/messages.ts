export const en = {
  name: 'Stock movement |||| Stock movements',
  fields: {
    id: 'ID',
    createdAt: 'Date',
    productId: 'Product',
    warehouseId: 'Warehouse',
    delta: 'Change',
    reason: 'Reason',
    balanceAfter: 'Balance after',
    userId: 'By',
    note: 'Note',
    createdAt_gte: 'From',
    createdAt_lte: 'Until',
  },
  screen: {
    empty: 'No stock movements yet.',
    mine: 'Only my movements',
    reverse: {
      action: 'Reverse',
      title: 'Reverse this movement?',
      explain:
        'A correction of %{delta} is booked against it. The original stays in the ledger unchanged; the correction refers to it.',
      confirm: 'Reverse',
      done: 'Reversed with a correction of %{delta}.',
      reversed: 'Reversed',
    },
    history: {
      title: 'Movements',
      chart: 'On hand over time',
      chartSummary: 'On hand over the last %{count} movements, from %{from} to %{to}',
      empty: 'No movements yet.',
      openLedger: 'Open in the stock ledger',
    },
  },
};
