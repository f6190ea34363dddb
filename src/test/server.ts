/**
 * The msw server every component test shares. Tests add handlers with
 * `server.use(...)`; paths are relative (`/api/...`), which msw resolves against
 * the test page's origin — the same origin the console's httpClient calls.
 */
import { setupServer } from 'msw/node';

export const server = setupServer();
