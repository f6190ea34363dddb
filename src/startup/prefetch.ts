/**
 * Asks for the data of the screen an address names while that screen's code
 * is still on its way, under the same query key react-admin's hooks use, so
 * the screen finds its first answer in the cache (or already under way)
 * instead of asking once it has rendered. A guess that differs from what the
 * screen asks (a list with its own defaults) costs one extra request, nothing
 * more. A refusal (an expired session) is left to the console: its own
 * requests sign the user out, as react-admin's data hooks do.
 */
import { getQuery, parseQueryFromLocation } from 'react-admin';
import { defaultSortOf, PER_PAGE } from '../components/ResponsiveList';
import { kpiQuery, readState, requestFor } from '../dashboard/dashboardQuery';
import { isRole, widgetsFor } from '../domain/permissions';
import { SHOP_SETTINGS_ID } from '../domain/shop';
import { DEFAULT_TIME_ZONE, shopDateKey } from '../domain/time';
import { dataProvider } from '../providers/dataProvider';
import { queryClient } from '../providers/queryClient';
import { readSession } from '../providers/session';
import { store } from '../providers/store';

/** `/orders` and `?page=2` from `#/orders?page=2`. */
export function routeOf(hash: string): { path: string; search: string } {
  const [path = '', query] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', search: query ? `?${query}` : '' };
}

/** The first page's parameters as react-admin's list controller works them out (address, then saved, then defaults). */
export function listParamsFor(resource: string, search: string) {
  const query = getQuery({
    queryFromLocation: parseQueryFromLocation({ search }),
    params: store.getItem(`${resource}.listParams`, {}),
    filterDefaultValues: undefined,
    sort: defaultSortOf(resource) ?? { field: 'id', order: 'ASC' },
    perPage: PER_PAGE,
  });
  return {
    pagination: { page: query.page, perPage: query.perPage },
    sort: { field: query.sort, order: query.order },
    filter: { ...query.filter },
    meta: undefined,
  };
}

function prefetchList(resource: string, search: string): Promise<void> {
  const params = listParamsFor(resource, search);
  return queryClient.prefetchQuery({
    queryKey: [resource, 'getList', params],
    queryFn: () =>
      dataProvider
        .getList(resource, params)
        .then(({ data, total, pageInfo, meta }) => ({ data, total, pageInfo, meta })),
  });
}

function prefetchDashboard(search: string): Promise<void> {
  const role = readSession()?.user.role;
  if (!isRole(role)) return Promise.resolve();
  const request = requestFor(readState(search), shopDateKey(new Date(), DEFAULT_TIME_ZONE), widgetsFor(role));
  return queryClient.prefetchQuery({
    queryKey: ['kpis', request],
    queryFn: () => dataProvider.getKpis(kpiQuery(request)),
  });
}

/**
 * Starts the request of the dashboard or of a list's first page; other screens
 * ask for themselves. Resolves when the answer is in the cache (or failed: the
 * screen then asks again and shows the error itself).
 */
export function prefetchScreenData(hash: string): Promise<void> {
  const { path, search } = routeOf(hash);
  const screen =
    path === '/'
      ? prefetchDashboard(search)
      : /^\/[a-z-]+$/.test(path)
        ? prefetchList(path.slice(1), search)
        : Promise.resolve();
  return Promise.all([screen, prefetchShopSettings()]).then(() => undefined);
}

/**
 * The shop's settings, which every screen formats money and dates with
 * (src/components/ShopSettingsContext.tsx), under react-admin's getOne key:
 * arriving after the first render, they would render every money cell again.
 */
function prefetchShopSettings(): Promise<void> {
  return queryClient.prefetchQuery({
    queryKey: ['shop-settings', 'getOne', { id: String(SHOP_SETTINGS_ID), meta: undefined }],
    queryFn: () => dataProvider.getOne('shop-settings', { id: SHOP_SETTINGS_ID }).then(({ data }) => data),
  });
}
