/**
 * Writes and workflows on records the run creates itself: version
 * conflicts, stock adjustments and counts, batch receipts, reversals,
 * transfers, promotions, customers, saved filters, and order refusals that
 * change nothing.
 */
import { expectStatus, fail, type Check, type Context } from '../context';

type Row = Record<string, unknown> & { id: number; version: number };

async function create(ctx: Context, collection: string, body: Record<string, unknown>): Promise<Row> {
  const reply = await ctx.admin<Row>('POST', `/${collection}`, { body });
  expectStatus(reply, 201, `creating a ${collection} record`);
  if (reply.body.version !== 1 || typeof reply.body.id !== 'number')
    fail(`a new ${collection} record has id ${reply.body.id} and version ${reply.body.version}`);
  return reply.body;
}

async function warehouses(ctx: Context): Promise<Row[]> {
  const list = await ctx.all<Row>('/warehouses');
  if (list.length < 2) fail('these checks need two warehouses');
  return list;
}

async function stockLevel(ctx: Context, productId: number, warehouseId: number): Promise<Row> {
  const [level] = await ctx.all<Row>('/stock-levels', { productId, warehouseId });
  if (!level) fail(`product ${productId} has no stock level in warehouse ${warehouseId}`);
  return level;
}

/** A draft product of the run's own, with a stock level in every warehouse. */
async function ownProduct(ctx: Context, suffix: string): Promise<Row> {
  return create(ctx, 'products', {
    sku: `${ctx.tag}-${suffix}`,
    name: `Conformance ${ctx.tag} ${suffix}`,
    price: 1000,
    cost: 400,
  });
}

export const writeChecks: Check[] = [
  {
    name: 'versions: an update with a stale version is 409 and changes nothing; a delete returns the record',
    async run(ctx) {
      const category = await create(ctx, 'categories', { name: `Conformance ${ctx.tag}` });
      const renamed = await ctx.admin<Row>('PUT', `/categories/${category.id}`, {
        body: { name: `Conformance ${ctx.tag} 2`, version: 1 },
      });
      expectStatus(renamed, 200, 'update with the current version');
      if (renamed.body.version !== 2) fail(`version after an update is ${renamed.body.version}, expected 2`);
      const stale = await ctx.admin<Row>('PUT', `/categories/${category.id}`, {
        body: { name: 'lost update', version: 1 },
      });
      expectStatus(stale, 409, 'update with a stale version');
      const now = await ctx.admin<Row>('GET', `/categories/${category.id}`);
      if (now.body.name !== `Conformance ${ctx.tag} 2`) fail('a 409 still changed the record');
      const deleted = await ctx.admin<Row>('DELETE', `/categories/${category.id}`);
      expectStatus(deleted, 200, 'delete');
      if (deleted.body.id !== category.id) fail('DELETE did not answer with the deleted record');
      expectStatus(await ctx.admin('GET', `/categories/${category.id}`), 404, 'the deleted record');
    },
  },
  {
    name: 'ten concurrent edits of one version: exactly one wins, the others are 409',
    async run(ctx) {
      const category = await create(ctx, 'categories', { name: `Conformance ${ctx.tag} race` });
      const replies = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          ctx.admin('PUT', `/categories/${category.id}`, { body: { name: `race ${i}`, version: 1 } }),
        ),
      );
      const won = replies.filter((r) => r.status === 200).length;
      const lost = replies.filter((r) => r.status === 409).length;
      if (won !== 1 || lost !== 9) fail(`${won} won and ${lost} were refused, expected 1 and 9`);
      await ctx.admin('DELETE', `/categories/${category.id}`);
    },
  },
  {
    name: 'stock: a receipt, a count and a reversal each move on hand by one ledger movement; a stale count is 409',
    async run(ctx) {
      const product = await ownProduct(ctx, 'STOCK');
      const [warehouse] = await warehouses(ctx);
      const at = { productId: product.id, warehouseId: warehouse!.id };
      const receipt = await ctx.admin<{ movement: Row; stockLevel: Row }>('POST', '/stock-adjustments', {
        body: { ...at, reason: 'receipt', delta: 5, note: ctx.tag },
      });
      expectStatus(receipt, 201, 'receipt');
      if (
        receipt.body.stockLevel.onHand !== 5 ||
        receipt.body.movement.delta !== 5 ||
        receipt.body.movement.balanceAfter !== 5
      ) {
        fail(
          `after receiving 5: on hand ${receipt.body.stockLevel.onHand}, movement ${receipt.body.movement.delta} → ${receipt.body.movement.balanceAfter}`,
        );
      }
      const stale = await ctx.admin('POST', '/stock-adjustments', {
        body: { ...at, reason: 'count', countedQuantity: 3, expectedOnHand: 4 },
      });
      expectStatus(stale, 409, 'a count against a stale on hand');
      const count = await ctx.admin<{ movement: Row; stockLevel: Row }>('POST', '/stock-adjustments', {
        body: { ...at, reason: 'count', countedQuantity: 3, expectedOnHand: 5 },
      });
      expectStatus(count, 201, 'count');
      if (count.body.movement.delta !== -2 || count.body.stockLevel.onHand !== 3)
        fail(`a count of 3 over 5 booked ${count.body.movement.delta}`);
      const below = await ctx.admin('POST', '/stock-adjustments', {
        body: { ...at, reason: 'damage', delta: -4 },
      });
      expectStatus(below, 422, 'taking on hand below zero');
      const reversal = await ctx.admin<{ movement: Row; stockLevel: Row }>(
        'POST',
        `/stock-movements/${count.body.movement.id}/reverse`,
        { body: {} },
      );
      expectStatus(reversal, 201, 'reversal');
      if (reversal.body.movement.delta !== 2 || reversal.body.stockLevel.onHand !== 5)
        fail('the reversal did not undo the count');
      expectStatus(
        await ctx.admin('POST', `/stock-movements/${count.body.movement.id}/reverse`, { body: {} }),
        409,
        'reversing twice',
      );
      const nulls = await ctx.admin('POST', '/stock-adjustments', {
        body: { ...at, reason: 'count', countedQuantity: null },
      });
      expectStatus(nulls, 422, 'a count of null');
      const level = await stockLevel(ctx, product.id, warehouse!.id);
      if (level.onHand !== 5) fail(`on hand is ${level.onHand} at the end, expected 5`);
    },
  },
  {
    name: 'batch receipt: one bad line refuses the whole batch, naming it; a good batch books every line',
    async run(ctx) {
      const product = await ownProduct(ctx, 'BATCH');
      const [warehouse] = await warehouses(ctx);
      const bad = await ctx.admin<{ errors?: Record<string, string> }>('POST', '/stock-adjustments/batch', {
        body: {
          warehouseId: warehouse!.id,
          lines: [
            { sku: product.sku, quantity: 2 },
            { sku: `${ctx.tag}-NOPE`, quantity: 1 },
          ],
        },
      });
      expectStatus(bad, 422, 'a batch with an unknown SKU');
      if (typeof bad.body.errors?.['lines.1.sku'] !== 'string') fail('the refusal does not name lines.1.sku');
      if ((await stockLevel(ctx, product.id, warehouse!.id)).onHand !== 0)
        fail('a refused batch booked stock');
      const good = await ctx.admin('POST', '/stock-adjustments/batch', {
        body: {
          warehouseId: warehouse!.id,
          lines: [
            { sku: product.sku, quantity: 2 },
            { sku: product.sku, quantity: 1 },
          ],
        },
      });
      expectStatus(good, 201, 'a good batch');
      if ((await stockLevel(ctx, product.id, warehouse!.id)).onHand !== 3)
        fail('a batch of 2 + 1 did not book 3');
    },
  },
  {
    name: 'transfer: draft → dispatched (source −) → received (destination +); a shortfall needs a reason; steps out of order are 409',
    async run(ctx) {
      const product = await ownProduct(ctx, 'MOVE');
      const [from, to] = await warehouses(ctx);
      await ctx.admin('POST', '/stock-adjustments', {
        body: { productId: product.id, warehouseId: from!.id, reason: 'receipt', delta: 4 },
      });
      const transfer = await create(ctx, 'stock-transfers', {
        fromWarehouseId: from!.id,
        toWarehouseId: to!.id,
        items: [{ productId: product.id, quantity: 3 }],
        note: ctx.tag,
      });
      expectStatus(
        await ctx.admin('POST', `/stock-transfers/${transfer.id}/receive`, { body: {} }),
        409,
        'receiving a draft',
      );
      expectStatus(
        await ctx.admin('POST', `/stock-transfers/${transfer.id}/dispatch`, { body: {} }),
        200,
        'dispatch',
      );
      if ((await stockLevel(ctx, product.id, from!.id)).onHand !== 1)
        fail('dispatching 3 of 4 did not leave 1 at the source');
      const short = await ctx.admin('POST', `/stock-transfers/${transfer.id}/receive`, {
        body: { items: [{ productId: product.id, receivedQuantity: 2 }] },
      });
      expectStatus(short, 422, 'a shortfall without a reason');
      const received = await ctx.admin<Row>('POST', `/stock-transfers/${transfer.id}/receive`, {
        body: { items: [{ productId: product.id, receivedQuantity: 3 }] },
      });
      expectStatus(received, 200, 'receive');
      if (received.body.status !== 'received')
        fail(`status after receiving is ${String(received.body.status)}`);
      if ((await stockLevel(ctx, product.id, to!.id)).onHand !== 3) fail('the destination did not get 3');
      expectStatus(
        await ctx.admin('POST', `/stock-transfers/${transfer.id}/dispatch`, { body: {} }),
        409,
        'dispatching a received transfer',
      );
    },
  },
  {
    name: 'orders: a step the status does not allow is 409, an unknown order 404, a bad body 422; none changes the order',
    async run(ctx) {
      const [order] = await ctx.all<Row>('/orders', { status: 'delivered' });
      if (!order) fail('no delivered order to try');
      const illegal = await ctx.admin('POST', `/orders/${order.id}/transitions`, { body: { to: 'paid' } });
      expectStatus(illegal, 409, 'delivered → paid');
      expectStatus(
        await ctx.admin('POST', '/orders/999999999/transitions', { body: { to: 'paid' } }),
        404,
        'an unknown order',
      );
      expectStatus(
        await ctx.admin('POST', `/orders/${order.id}/transitions`, { body: { to: 'teleported' } }),
        422,
        'an unknown status',
      );
      expectStatus(
        await ctx.admin('POST', `/orders/${order.id}/refunds`, { body: { amount: -1, reason: '' } }),
        422,
        'a negative refund',
      );
      const after = await ctx.admin<Row>('GET', `/orders/${order.id}`);
      if (after.body.version !== order.version) fail('a refused request changed the order');
    },
  },
  {
    name: 'promotions: a draft of the run’s own is priced in a dry run, paused, resumed and given codes',
    async run(ctx) {
      const product = await ownProduct(ctx, 'PROMO');
      const simulation = await ctx.admin<{ total?: unknown }>('POST', '/promotions/simulate', {
        body: { items: [{ productId: product.id, quantity: 2 }] },
      });
      expectStatus(simulation, 200, 'dry run');
      if (typeof simulation.body.total !== 'number') fail('the dry run has no total');
      const promotion = await create(ctx, 'promotions', {
        name: `Conformance ${ctx.tag}`,
        type: 'percent',
        value: 10,
        startsAt: '2030-01-01T00:00:00Z',
        draft: true,
      });
      expectStatus(await ctx.admin('POST', `/promotions/${promotion.id}/pause`, { body: {} }), 200, 'pause');
      expectStatus(
        await ctx.admin('POST', `/promotions/${promotion.id}/pause`, { body: {} }),
        409,
        'pausing twice',
      );
      expectStatus(
        await ctx.admin('POST', `/promotions/${promotion.id}/resume`, { body: {} }),
        200,
        'resume',
      );
      const codes = await ctx.admin<{ codes?: string[] }>('POST', `/promotions/${promotion.id}/codes`, {
        body: { count: 3, prefix: 'CONF' },
      });
      expectStatus(codes, 201, 'codes');
      if (codes.body.codes?.length !== 3) fail('asked for 3 codes');
      const csv = await ctx.admin('GET', `/promotions/${promotion.id}/codes.csv`, {
        headers: { Accept: 'text/csv' },
      });
      expectStatus(csv, 200, 'codes as CSV');
      if (csv.text.trim().split('\n').length !== 4) fail('the CSV does not hold a header and 3 codes');
      expectStatus(await ctx.admin('GET', `/promotions/${promotion.id}/performance`), 200, 'performance');
    },
  },
  {
    name: 'customers and saved filters: create, change with the version, delete',
    async run(ctx) {
      const customer = await create(ctx, 'customers', {
        firstName: 'Conformance',
        lastName: ctx.tag,
        email: `${ctx.tag.toLowerCase()}@example.com`,
      });
      const changed = await ctx.admin<Row>('PUT', `/customers/${customer.id}`, {
        body: { phone: '+49 30 1234567', version: 1 },
      });
      expectStatus(changed, 200, 'customer update');
      expectStatus(
        await ctx.admin('PUT', `/customers/${customer.id}`, { body: { email: 'not an address' } }),
        422,
        'a bad e-mail',
      );
      expectStatus(await ctx.admin('DELETE', `/customers/${customer.id}`), 200, 'customer delete');
      const preset = await create(ctx, 'saved-filters', {
        resource: 'products',
        name: `Conformance ${ctx.tag}`,
        filter: { status: 'active' },
      });
      expectStatus(
        await ctx.admin('POST', '/saved-filters', {
          body: { resource: 'products', name: 'bad', filter: { colour: 'red' } },
        }),
        422,
        'a preset on an unknown field',
      );
      expectStatus(await ctx.admin('DELETE', `/saved-filters/${preset.id}`), 200, 'preset delete');
    },
  },
];
