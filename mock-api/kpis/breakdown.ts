/**
 * Sales, units and distinct orders per id (a product or a category), in flat
 * typed arrays indexed by the id. Every order line of a period updates one for
 * its product and one for its category, tens of thousands of times per
 * report, and arrays do that several times cheaper than a Map of objects.
 * Ids are positive integers; 0 stands for "none" (a product without category).
 */
export interface BreakdownRow {
  id: number;
  sales: number;
  units: number;
  orders: number;
}

const INITIAL_SIZE = 256;

export class IdBreakdown {
  private sales = new Float64Array(INITIAL_SIZE);
  private units = new Float64Array(INITIAL_SIZE);
  private orders = new Float64Array(INITIAL_SIZE);
  /** The last order counted per id, so two lines of one order count it once. */
  private lastOrder = new Float64Array(INITIAL_SIZE);

  add(id: number, orderId: number, units: number, sales: number): void {
    if (id >= this.sales.length) this.grow(id);
    this.sales[id] = this.sales[id]! + sales;
    this.units[id] = this.units[id]! + units;
    if (this.lastOrder[id] !== orderId) {
      this.orders[id] = this.orders[id]! + 1;
      this.lastOrder[id] = orderId;
    }
  }

  rows(): BreakdownRow[] {
    const rows: BreakdownRow[] = [];
    this.orders.forEach((orders, id) => {
      if (orders > 0) rows.push({ id, sales: this.sales[id]!, units: this.units[id]!, orders });
    });
    return rows;
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.sales.length * 2);
    const grown = (from: Float64Array) => {
      const to = new Float64Array(size);
      to.set(from);
      return to;
    };
    this.sales = grown(this.sales);
    this.units = grown(this.units);
    this.orders = grown(this.orders);
    this.lastOrder = grown(this.lastOrder);
  }
}

export interface MethodTally {
  orders: number;
  grossSales: number;
  refunds: number;
}

/**
 * Orders, gross sales and refunds per shipping or payment method id, in typed
 * arrays like IdBreakdown: every counted order of a period updates two of
 * these. Orders without a method count under 0.
 */
export class MethodBreakdown {
  private orders = new Float64Array(16);
  private grossSales = new Float64Array(16);
  private refunds = new Float64Array(16);

  add(id: number | null, total: number, refunded: number): void {
    const key = id ?? 0;
    if (key >= this.orders.length) this.grow(key);
    this.orders[key] = this.orders[key]! + 1;
    this.grossSales[key] = this.grossSales[key]! + total;
    this.refunds[key] = this.refunds[key]! + refunded;
  }

  get(key: number): MethodTally | undefined {
    const orders = this.orders[key] ?? 0;
    if (orders === 0) return undefined;
    return { orders, grossSales: this.grossSales[key]!, refunds: this.refunds[key]! };
  }

  /** The keys with orders, 0 (no method) included. */
  keys(): number[] {
    const keys: number[] = [];
    this.orders.forEach((orders, key) => {
      if (orders > 0) keys.push(key);
    });
    return keys;
  }

  private grow(key: number): void {
    const size = Math.max(key + 1, this.orders.length * 2);
    const grown = (from: Float64Array) => {
      const to = new Float64Array(size);
      to.set(from);
      return to;
    };
    this.orders = grown(this.orders);
    this.grossSales = grown(this.grossSales);
    this.refunds = grown(this.refunds);
  }
}
