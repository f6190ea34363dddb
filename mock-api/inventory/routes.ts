/** The inventory workflows, mounted before the generic REST bridge. */
import { Router } from 'express';
import type { Store } from '../store/store';
import { adjustmentRoutes } from './adjustments';
import { transferRoutes } from './transfers';
import './resources';

export function inventoryRoutes(store: Store): Router {
  const router = Router();
  router.use(adjustmentRoutes(store));
  router.use(transferRoutes(store));
  return router;
}
