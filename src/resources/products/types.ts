import type { Product } from '../../domain/types';

/** How a product's stock across warehouses compares with its reorder points (computed by the API). */
export const STOCK_STATES = ['out', 'low', 'in'] as const;
export type StockState = (typeof STOCK_STATES)[number];

/** A product as lists and the show page receive it: with the API's computed figures. */
export interface ProductRow extends Product {
  marginPercent: number | null;
  available: number;
  categoryName: string | null;
  stockState: StockState;
}
