/** Every latency case the bench runs, in report order. */
import { ordersListCase, productsListCase } from './list-cases';
import type { LatencyCase } from './types';

export const LATENCY_CASES: readonly LatencyCase[] = [productsListCase, ordersListCase];
