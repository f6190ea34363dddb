/**
 * The msw server every component test shares. Tests add handlers with
 * `server.use(...)`; paths are relative (`/api/...`), which msw resolves against
 * the test page's origin — the same origin the console's httpClient calls.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** Who is who, for every "created by" (src/components/UserField.tsx); a test may serve its own. */
export const TEST_USER_NAMES = [
  { id: 1, fullName: 'Ada Admin' },
  { id: 2, fullName: 'Mia Manager' },
  { id: 3, fullName: 'Max Merchandiser' },
  { id: 4, fullName: 'Wanda Warehouse' },
];

// Initial handlers outlive each test's resetHandlers().
export const server = setupServer(http.get('/api/user-names', () => HttpResponse.json(TEST_USER_NAMES)));
