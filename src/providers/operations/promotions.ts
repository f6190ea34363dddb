/** Named promotions operations of the data provider (beyond CRUD); each calls one API endpoint. */
import type { PriceResult } from '../../domain/pricing';
import type { Combination, PromotionPerformance, PromotionStatus } from '../../domain/promotions';

export type { PromotionPerformance };
import type { Cents, Id, Promotion } from '../../domain/types';
import { apiUrl, httpClient } from '../httpClient';
import { callApi } from './request';

/** A promotion as the API sends it: with its derived status. */
export type PromotionRecord = Promotion & { status: PromotionStatus };

export type PromotionStatusCounts = Record<PromotionStatus, number>;

export interface SimulationRequest {
  items: { productId: Id; quantity: number }[];
  code?: string | null;
  /** The moment to price at (ISO); the server's now when left out. */
  at?: string;
  customerId?: Id | null;
  shipping?: Cents | null;
  /** A form's unsaved values (with `id` when editing): the answer then carries `baseline`, the price without them. */
  promotion?: Record<string, unknown>;
}

export type Simulation = PriceResult & { at: string; baseline?: PriceResult };

export interface PromotionOverlap {
  promotion: PromotionRecord;
  combination: Combination & { text: string };
}

export interface CodeBatch {
  promotionId: Id;
  count: number;
  prefix: string;
  codes: string[];
}

const promotionPath = (id: Id, action: string) => `/promotions/${encodeURIComponent(id)}/${action}`;

export const promotionsOperations = {
  promotionStatusCounts: () => callApi<PromotionStatusCounts>('GET', '/promotions/status-counts'),

  simulatePromotions: (request: SimulationRequest) =>
    callApi<Simulation>('POST', '/promotions/simulate', request),

  /** The version guards against pausing a copy someone else changed meanwhile (409). */
  pausePromotion: (id: Id, version?: number) =>
    callApi<PromotionRecord>('POST', promotionPath(id, 'pause'), version === undefined ? {} : { version }),

  resumePromotion: (id: Id, version?: number) =>
    callApi<PromotionRecord>('POST', promotionPath(id, 'resume'), version === undefined ? {} : { version }),

  promotionOverlaps: (id: Id) => callApi<PromotionOverlap[]>('GET', promotionPath(id, 'overlaps')),

  /** Overlaps of a form's unsaved values; `id` (when editing) keeps the promotion from meeting itself. */
  checkPromotionOverlaps: (values: Record<string, unknown>) =>
    callApi<PromotionOverlap[]>('POST', '/promotions/overlaps', values),

  generatePromotionCodes: (id: Id, batch: { count: number; prefix: string }) =>
    callApi<CodeBatch>('POST', promotionPath(id, 'codes'), batch),

  /** The generated codes as CSV text (the request needs the bearer token, so a plain link would not do). */
  promotionCodesCsv: async (id: Id): Promise<string> => {
    const { body } = await httpClient(apiUrl(promotionPath(id, 'codes.csv')), {
      headers: new Headers({ Accept: 'text/csv' }),
    });
    return body;
  },

  promotionPerformance: (id: Id) => callApi<PromotionPerformance>('GET', promotionPath(id, 'performance')),
};
