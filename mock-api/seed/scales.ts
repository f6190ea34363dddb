/** How much data each scale generates. */
export const SCALES = ['tiny', 'demo', 'large'] as const;
export type Scale = (typeof SCALES)[number];

export function isScale(value: unknown): value is Scale {
  return typeof value === 'string' && (SCALES as readonly string[]).includes(value);
}

export interface ScaleConfig {
  /** Length of the order history before the anchor. */
  history: { months: number } | { days: number };
  /** How many top-level categories, and children under each (null: all there are). */
  topCategories: number | null;
  childrenPerTop: number | null;
  products: number;
  warehouses: number;
  customers: number;
  orders: number;
  /** Order volume at the anchor relative to the start of history. */
  growth: number;
  /** Whether to add the promotions that only make sense over a long history. */
  fullPromotionSet: boolean;
}

export const SCALE_CONFIGS: Readonly<Record<Scale, ScaleConfig>> = {
  tiny: {
    history: { days: 60 },
    topCategories: 2,
    childrenPerTop: 2,
    products: 24,
    warehouses: 2,
    customers: 40,
    orders: 150,
    growth: 1.1,
    fullPromotionSet: false,
  },
  demo: {
    history: { months: 18 },
    topCategories: 5,
    childrenPerTop: 3,
    products: 300,
    warehouses: 4,
    customers: 1_500,
    orders: 6_000,
    growth: 2.2,
    fullPromotionSet: true,
  },
  large: {
    history: { months: 18 },
    topCategories: null,
    childrenPerTop: null,
    products: 10_000,
    warehouses: 4,
    customers: 50_000,
    orders: 100_000,
    growth: 2.2,
    fullPromotionSet: true,
  },
};
