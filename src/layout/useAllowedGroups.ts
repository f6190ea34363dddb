import { useCanAccessResources } from 'react-admin';
import type { MenuGroup, ResourceDefinition } from '../resources';

export const MENU_GROUPS: readonly MenuGroup[] = ['catalog', 'inventory', 'sales', 'admin'];

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
  const { canAccess, isPending } = useCanAccessResources({
    action: 'list',
    resources: resources.map((r) => r.name),
  });
  const groups = MENU_GROUPS.map((group) => ({
    group,
    entries: resources.filter((r) => r.group === group && canAccess?.[r.name] === true),
  })).filter(({ entries }) => entries.length > 0);
  return { groups, isPending };
}
