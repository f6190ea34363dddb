/**
 * The sidebar: Dashboard, then one collapsible group per area, listing only the
 * resources the signed-in role may list. Built from the same definitions App
 * registers as <Resource>s, so a new resource appears in both places.
 */
import { Fragment, createElement, type ReactNode } from 'react';
import { Badge, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import {
  Menu as RaMenu,
  useGetResourceLabel,
  useSidebarState,
  useStore,
  useTranslate,
  type MenuProps,
} from 'react-admin';
import { resources as allResources, type MenuGroup, type ResourceDefinition } from '../resources';
import { useAllowedGroups } from './useAllowedGroups';

interface GroupProps {
  group: MenuGroup;
  entries: ResourceDefinition[];
  /** With the sidebar folded to icons there is no room for headers; entries are always shown. */
  showHeader: boolean;
}

interface CountBadgeProps {
  useCount: NonNullable<ResourceDefinition['useBadge']>;
  /** Its `kontor.<resource>.badge` message, if any, says what the number counts. */
  resource: string;
  children: ReactNode;
}

/** A resource's count (e.g. the low-stock inbox) on its menu icon, so it shows with the sidebar folded too. */
function CountBadge({ useCount, resource, children }: CountBadgeProps) {
  const count = useCount();
  const translate = useTranslate();
  const description = count ? translate(`kontor.${resource}.badge`, { count, _: String(count) }) : undefined;
  return (
    <Badge
      badgeContent={count}
      color="warning"
      max={999}
      slotProps={{ badge: { 'aria-label': description, title: description } as object }}
    >
      {children}
    </Badge>
  );
}

function ResourceEntry({ resource }: { resource: ResourceDefinition }) {
  const getResourceLabel = useGetResourceLabel();
  const icon = createElement(resource.icon);
  return (
    <RaMenu.Item
      to={`/${resource.name}`}
      state={{ _scrollToTop: true }}
      primaryText={getResourceLabel(resource.name, 2)}
      leftIcon={
        resource.useBadge ? (
          <CountBadge useCount={resource.useBadge} resource={resource.name}>
            {icon}
          </CountBadge>
        ) : (
          icon
        )
      }
    />
  );
}

function Group({ group, entries, showHeader }: GroupProps) {
  const translate = useTranslate();
  const [open, setOpen] = useStore(`kontor.menu.${group}.open`, true);
  const label = translate(`kontor.menu.groups.${group}`);
  const expanded = open || !showHeader;
  // Entries stay direct siblings of the header (no wrapper), so the menu's arrow-key navigation reaches them.
  return (
    <Fragment>
      {showHeader ? (
        <MenuItem
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-label={translate('kontor.menu.toggle_group', { group: label })}
          sx={{ mt: 1, color: 'text.secondary' }}
        >
          <ListItemText
            primary={label}
            slotProps={{ primary: { variant: 'overline', sx: { fontWeight: 700, lineHeight: 1.6 } } }}
          />
          <ListItemIcon sx={{ minWidth: 0, justifyContent: 'flex-end' }}>
            {open ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
          </ListItemIcon>
        </MenuItem>
      ) : null}
      {expanded ? entries.map((resource) => <ResourceEntry key={resource.name} resource={resource} />) : null}
    </Fragment>
  );
}

export interface KontorMenuProps extends MenuProps {
  /** The resources to offer; defaults to the console's. */
  resources?: ResourceDefinition[];
}

export function Menu({ resources = allResources, ...rest }: KontorMenuProps) {
  const [sidebarOpen] = useSidebarState();
  const { groups } = useAllowedGroups(resources);
  return (
    <RaMenu {...rest}>
      <RaMenu.DashboardItem />
      {groups.map(({ group, entries }) => (
        <Group key={group} group={group} entries={entries} showHeader={sidebarOpen} />
      ))}
    </RaMenu>
  );
}
