import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import { lazy } from 'react';
import type { ResourceDefinition } from '../types';

export const promotions: ResourceDefinition = {
  name: 'promotions',
  group: 'sales',
  icon: LocalOfferIcon,
  list: lazy(() => import('./PromotionList')),
  show: lazy(() => import('./PromotionShow')),
  edit: lazy(() => import('./PromotionEdit')),
  create: lazy(() => import('./PromotionCreate')),
  recordRepresentation: 'name',
  routes: [{ path: 'timeline', component: lazy(() => import('./PromotionTimeline')) }],
};
