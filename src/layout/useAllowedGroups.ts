import { useCanAccessResources } from 'react-admin';
import type { MenuGroup, ResourceDefinition } from '../resources';

/** Every group, in menu order; a group missing here would hide its resources, so the type lists them all. */
const GROUP_ORDER: Record<MenuGroup, number> = { catalog: 0, inventory: 1, sales: 2, settings: 3, admin: 4 };
export const MENU_GROUPS: readonly MenuGroup[] = (Object.keys(GROUP_ORDER) as MenuGroup[]).sort(
  (a, b) => GROUP_ORDER[a] - GROUP_ORDER[b],
);

export interface AllowedGroup {
  group: MenuGroup;
  entries: ResourceDefinition[];
}

/**
 * The resources the signed-in role may list, by menu group in menu order;
 * groups left empty are dropped. Shared by the sidebar and the dashboard's links.
 */
export function useAllowedGroups(resources: ResourceDefinition[]): {
  groups: AllowedGroup[];
  isPending: boolean;
} {
  const names = resources.map((r) => r.name);
  const lists = useCanAccessResources({ action: 'list', resources: names });
  const edits = useCanAccessResources({ action: 'edit', resources: names });
  const shown = (r: ResourceDefinition) =>
    (r.menuAction === 'edit' ? edits.canAccess : lists.canAccess)?.[r.name] === true;
  const groups = MENU_GROUPS.map((group) => ({
    group,
    entries: resources.filter((r) => r.group === group && shown(r)),
  })).filter(({ entries }) => entries.length > 0);
  return { groups, isPending: lists.isPending || edits.isPending };
}
