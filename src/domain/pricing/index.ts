/** The pricing engine and what goes with it; see engine.ts for the rules. */
export { priceCart } from './engine';
export { allocate } from './allocate';
export { defaultShippingMethod, shippingCharge, type ShippingTerms } from './shipping';
export { applyRedemptions, indexBatchCodes } from './redeem';
export {
  explain,
  formatMoney,
  renderExplanation,
  translateExplanation,
  type Explanation,
  type ExplanationParam,
} from './explain';
export { categoryLineage, targetGroup, targets, toParentMap, type ParentMap } from './targeting';
export * from './types';
