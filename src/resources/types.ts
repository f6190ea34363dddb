import type * as React from 'react';

export type MenuGroup = 'catalog' | 'inventory' | 'sales' | 'settings' | 'admin';

/** What the shell needs to mount a resource and place it in the menu. */
export interface ResourceDefinition {
  name: string;
  group: MenuGroup;
  icon: React.ComponentType;
  list?: React.ComponentType;
  show?: React.ComponentType;
  edit?: React.ComponentType;
  create?: React.ComponentType;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each resource types its own records
  recordRepresentation?: string | ((record: any) => string);
  /**
   * Extra pages under the resource's path (`/products/import`, `/stock-levels/receive`),
   * mounted inside its <Resource>, so react-admin knows the resource there.
   */
  routes?: ReadonlyArray<{ path: string; component: React.ComponentType }>;
  /**
   * What a role must be allowed to do to see the entry in the menu (default `list`).
   * Settings say `edit`: their menu entries are for those who keep them, while every
   * role still reads them where it needs them (a carrier when booking a parcel).
   */
  menuAction?: 'list' | 'edit';
  /** A small count shown next to the menu entry (the low-stock inbox); a hook, called once per render. */
  useBadge?: () => number | undefined;
}
