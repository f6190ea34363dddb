export const en = {
  name: 'User |||| Users',
  fields: {
    id: 'ID',
    username: 'Username',
    fullName: 'Full name',
    role: 'Role',
    active: 'Active',
    warehouseIds: 'Warehouses',
    lastLoginAt: 'Last sign-in',
    password: 'Password',
    createdAt: 'Created',
  },
  screen: {
    empty: 'No users yet.',
    neverSignedIn: 'Never',
    inactive: 'inactive',
    activeHint: 'Switching this off signs the user out at once and stops them signing in.',
    warehouseHint: 'Leave empty for all warehouses.',
    passwordHint: 'At least %{min} characters.',
    resetPassword: {
      action: 'Reset password',
      title: 'Set a new password for %{name}',
      explain:
        'The user signs in with this password from now on, and their open sessions end at once. It is not shown again after saving.',
      newPassword: 'New password',
      save: 'Set password',
      done: 'The password was changed.',
    },
  },
};
