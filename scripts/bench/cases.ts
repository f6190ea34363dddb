/** Every latency case the bench runs, in report order. */
import { kpis3YearsCase, kpis90DaysCase } from './kpis';
import { ordersListCase, productsListCase } from './list-cases';
import { listDuringLoginFloodCase } from './login-flood';
import { searchCase } from './search';
import type { LatencyCase } from './types';

export const LATENCY_CASES: readonly LatencyCase[] = [
  productsListCase,
  ordersListCase,
  kpis90DaysCase,
  kpis3YearsCase,
  searchCase,
  listDuringLoginFloodCase,
];
