/** Named promotions operations of the data provider (beyond CRUD); each calls one endpoint of the contract. */
import type { BodyOf, ResponseOf } from '../../domain/contract/endpoints';
import type { Id } from '../../domain/types';
import { callEndpoint } from './request';

/** A promotion as the API sends it: with its derived status. */
export type PromotionRecord = ResponseOf<'pausePromotion'>;
export type SimulationRequest = BodyOf<'simulatePromotions'>;
export type Simulation = ResponseOf<'simulatePromotions'>;
export type PromotionOverlap = ResponseOf<'promotionOverlaps'>[number];
export type CodeBatch = ResponseOf<'generatePromotionCodes'>;
export type PromotionPerformance = ResponseOf<'promotionPerformance'>;

export const promotionsOperations = {
  simulatePromotions: (request: SimulationRequest) => callEndpoint('simulatePromotions', { body: request }),

  /** The version guards against pausing a copy someone else changed meanwhile (409). */
  pausePromotion: (id: Id, version?: number) =>
    callEndpoint('pausePromotion', { id, body: version === undefined ? {} : { version } }),

  resumePromotion: (id: Id, version?: number) =>
    callEndpoint('resumePromotion', { id, body: version === undefined ? {} : { version } }),

  promotionOverlaps: (id: Id) => callEndpoint('promotionOverlaps', { id }),

  /** Overlaps of a form's unsaved values; `id` (when editing) keeps the promotion from meeting itself. */
  checkPromotionOverlaps: (values: BodyOf<'checkPromotionOverlaps'>) =>
    callEndpoint('checkPromotionOverlaps', { body: values }),

  generatePromotionCodes: (id: Id, batch: BodyOf<'generatePromotionCodes'>) =>
    callEndpoint('generatePromotionCodes', { id, body: batch }),

  /** The generated codes as CSV text (the request needs the bearer token, so a plain link would not do). */
  promotionCodesCsv: (id: Id) => callEndpoint('promotionCodesCsv', { id }),

  promotionPerformance: (id: Id) => callEndpoint('promotionPerformance', { id }),
};
