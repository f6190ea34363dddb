export const en = {
  name: 'Audit entry |||| Audit log',
  fields: {
    id: 'ID',
    at: 'When',
    userId: 'User',
    username: 'User',
    action: 'Action',
    resource: 'Area',
    recordId: 'Record',
    changes: 'Changes',
    note: 'Note',
    at_gte: 'From',
    at_lte: 'Until',
  },
  screen: {
    empty: 'Nothing has been recorded yet.',
    fieldCount: '%{smart_count} field |||| %{smart_count} fields',
  },
};
