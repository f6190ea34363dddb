import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import { guarded } from '../../components/AccessGuard';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('promotions');

export const promotions: ResourceDefinition = {
  name: 'promotions',
  group: 'sales',
  icon: LocalOfferIcon,
  list: guarded(
    screen(() => import('./PromotionList')),
    'list',
  ),
  show: guarded(
    screen(() => import('./PromotionShow')),
    'show',
  ),
  edit: guarded(
    screen(() => import('./PromotionEdit')),
    'edit',
  ),
  create: guarded(
    screen(() => import('./PromotionCreate')),
    'create',
  ),
  recordRepresentation: 'name',
  routes: [
    {
      path: 'timeline',
      component: guarded(
        screen(() => import('./PromotionTimeline')),
        'list',
      ),
    },
  ],
};
