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
  /** A small count shown next to the menu entry (the low-stock inbox); a hook, called once per render. */
  useBadge?: () => number | undefined;
}
