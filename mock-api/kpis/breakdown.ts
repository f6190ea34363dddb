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
