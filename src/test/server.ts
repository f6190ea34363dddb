/**
 * The msw server every component test shares. Tests add handlers with
 * `server.use(...)`; paths are relative (`/api/...`), which msw resolves against
 * the test page's origin — the same origin the console's httpClient calls.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DEFAULT_CARRIERS } from '../domain/carriers';
import { DEFAULT_SHOP_SETTINGS, SHOP_SETTINGS_ID } from '../domain/shop';

/** Who is who, for every "created by" (src/components/UserField.tsx); a test may serve its own. */
export const TEST_USER_NAMES = [
  { id: 1, fullName: 'Ada Admin' },
  { id: 2, fullName: 'Mia Manager' },
  { id: 3, fullName: 'Max Merchandiser' },
  { id: 4, fullName: 'Wanda Warehouse' },
];

/** The carriers a new shop starts with, for carrier pickers and filters (Settings → Carriers); a test may serve its own. */
export const TEST_CARRIERS = DEFAULT_CARRIERS.map((carrier, i) => ({
  id: i + 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  version: 1,
  ...carrier,
  active: true,
}));

/** The shop's settings the console's layout reads (Settings → Shop); a test may serve its own. */
export const TEST_SHOP_SETTINGS = {
  id: SHOP_SETTINGS_ID,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  version: 1,
  ...DEFAULT_SHOP_SETTINGS,
};

// Initial handlers outlive each test's resetHandlers().
export const server = setupServer(
  http.get('/api/user-names', () => HttpResponse.json(TEST_USER_NAMES)),
  http.get(`/api/shop-settings/${SHOP_SETTINGS_ID}`, () => HttpResponse.json(TEST_SHOP_SETTINGS)),
  http.get('/api/carriers', () =>
    HttpResponse.json(TEST_CARRIERS, {
      headers: { 'Content-Range': `carriers 0-${TEST_CARRIERS.length - 1}/${TEST_CARRIERS.length}` },
    }),
  ),
);
