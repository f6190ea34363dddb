import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import type { ResourceDefinition } from '../types';
import { screensOf } from '../screens';

const screen = screensOf('promotions');

export const promotions: ResourceDefinition = {
  name: 'promotions',
  group: 'sales',
  icon: LocalOfferIcon,
  list: screen(() => import('./PromotionList')),
  show: screen(() => import('./PromotionShow')),
  edit: screen(() => import('./PromotionEdit')),
  create: screen(() => import('./PromotionCreate')),
  recordRepresentation: 'name',
  routes: [{ path: 'timeline', component: screen(() => import('./PromotionTimeline')) }],
};
