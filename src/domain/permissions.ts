/**
 * The one permission matrix. The mock API's middleware and the console's
 * authProvider.canAccess both ask `can()`, so the UI never offers what the
 * server would refuse.
 */
export const ROLES = ['admin', 'manager', 'merchandiser', 'warehouse'] as const;
export type Role = (typeof ROLES)[number];

export const PROTECTED_RESOURCES = [
  'categories',
  'products',
  'promotions',
  'promotion-codes',
  'warehouses',
  'stock-levels',
  'stock-movements',
  'stock-adjustments',
  'stock-transfers',
  'orders',
  'shipments',
  'returns',
  'refunds',
  'customers',
  'users',
  'audit-log',
  'kpis',
  'saved-filters',
  'carriers',
  'shipping-methods',
  'payment-methods',
  'shop-settings',
] as const;
export type ProtectedResource = (typeof PROTECTED_RESOURCES)[number];

/**
 * read: list, show, export. write: also create, edit, delete.
 * Named actions (adjust, transition, fulfil, …) are listed per role below.
 */
export type Access = 'none' | 'read' | 'write';
export type Action =
  | 'list'
  | 'show'
  | 'export'
  | 'create'
  | 'edit'
  | 'delete'
  /** Order status transitions that belong to fulfilment (processing, hold, release). */
  | 'fulfil'
  /** Any order status transition, including cancel. */
  | 'transition';

const READ_ACTIONS: readonly Action[] = ['list', 'show', 'export'];
const WRITE_ACTIONS: readonly Action[] = ['list', 'show', 'export', 'create', 'edit', 'delete'];

type Grant = Access | readonly Action[];

const MATRIX: Record<ProtectedResource, Record<Role, Grant>> = {
  categories: { admin: 'write', manager: 'read', merchandiser: 'write', warehouse: 'read' },
  products: { admin: 'write', manager: 'read', merchandiser: 'write', warehouse: 'read' },
  promotions: { admin: 'write', manager: 'write', merchandiser: 'write', warehouse: 'none' },
  // Generated from their promotion; the same people may list, export and generate them.
  'promotion-codes': { admin: 'write', manager: 'write', merchandiser: 'write', warehouse: 'none' },
  warehouses: { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'read' },
  // As the table says: write for admin and warehouse, yet quantities change only through
  // stock adjustments, and the ledger is append-only, so the API answers plain writes with 405 and a hint.
  'stock-levels': { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'write' },
  'stock-movements': { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'write' },
  'stock-adjustments': { admin: ['create'], manager: 'none', merchandiser: 'none', warehouse: ['create'] },
  'stock-transfers': { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'write' },
  orders: {
    admin: [...WRITE_ACTIONS, 'fulfil', 'transition'],
    manager: 'read',
    merchandiser: 'read',
    warehouse: [...READ_ACTIONS, 'fulfil'],
  },
  shipments: { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'write' },
  // Returns and refunds are recorded once and never edited: a mistake is corrected by a new record.
  returns: {
    admin: [...READ_ACTIONS, 'create'],
    manager: 'read',
    merchandiser: 'read',
    warehouse: [...READ_ACTIONS, 'create'],
  },
  refunds: { admin: [...READ_ACTIONS, 'create'], manager: 'read', merchandiser: 'none', warehouse: 'none' },
  customers: { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'read' },
  users: { admin: 'write', manager: 'none', merchandiser: 'none', warehouse: 'none' },
  // Append-only for everyone: entries are written by the server, never by a request.
  'audit-log': { admin: 'read', manager: 'read', merchandiser: 'none', warehouse: 'none' },
  kpis: { admin: 'read', manager: 'read', merchandiser: 'read', warehouse: 'read' },
  // Everyone keeps their own filter presets; the API shows each user only theirs.
  'saved-filters': { admin: 'write', manager: 'write', merchandiser: 'write', warehouse: 'write' },
  // Shop settings: the admin keeps them; everyone reads what their screens need (a carrier for a parcel).
  carriers: { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'read' },
  'shipping-methods': { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'read' },
  'payment-methods': { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'read' },
  // Every screen shows money and shop days by it; only the admin changes it.
  'shop-settings': { admin: 'write', manager: 'read', merchandiser: 'read', warehouse: 'read' },
};

export const DASHBOARD_WIDGETS = ['sales', 'stock', 'fulfilment', 'promotions'] as const;
export type DashboardWidget = (typeof DASHBOARD_WIDGETS)[number];

const WIDGETS: Record<Role, readonly DashboardWidget[]> = {
  admin: DASHBOARD_WIDGETS,
  manager: DASHBOARD_WIDGETS,
  merchandiser: DASHBOARD_WIDGETS,
  warehouse: ['stock', 'fulfilment'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isProtectedResource(value: unknown): value is ProtectedResource {
  return typeof value === 'string' && (PROTECTED_RESOURCES as readonly string[]).includes(value);
}

function actionsOf(grant: Grant): readonly Action[] {
  if (grant === 'none') return [];
  if (grant === 'read') return READ_ACTIONS;
  if (grant === 'write') return WRITE_ACTIONS;
  return grant;
}

/** Whether `role` may perform `action` on `resource`. Unknown resources are denied. */
export function can(role: Role, action: Action, resource: string): boolean {
  if (!isProtectedResource(resource)) return false;
  return actionsOf(MATRIX[resource][role]).includes(action);
}

/** The actions a role has on a resource, for messages and menus. */
export function allowedActions(role: Role, resource: ProtectedResource): readonly Action[] {
  return actionsOf(MATRIX[resource][role]);
}

export function canSeeWidget(role: Role, widget: DashboardWidget): boolean {
  return WIDGETS[role].includes(widget);
}

export function widgetsFor(role: Role): readonly DashboardWidget[] {
  return WIDGETS[role];
}

/** Maps an HTTP method to the matrix action it needs. */
export function actionForMethod(method: string, hasId: boolean): Action {
  switch (method.toUpperCase()) {
    case 'GET':
    case 'HEAD':
      return hasId ? 'show' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
    case 'PATCH':
      return 'edit';
    case 'DELETE':
      return 'delete';
    default:
      return 'edit';
  }
}

/**
 * Warehouse staff with a list of warehouses act (change stock, move
 * transfers, fulfil, ship and take back orders) only in those; they read
 * every warehouse's stock to plan transfers. Which warehouse a request acts
 * on is stated per endpoint in ./contract/routes.ts. Other roles, and staff
 * with an empty list, are not tied to warehouses.
 */
export function inWarehouseScope(
  user: { role: Role; warehouseIds: readonly number[] },
  warehouseId: number | null | undefined,
): boolean {
  if (user.role !== 'warehouse' || user.warehouseIds.length === 0) return true;
  if (warehouseId === null || warehouseId === undefined) return true;
  return user.warehouseIds.includes(warehouseId);
}
