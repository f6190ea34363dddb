import { describe, expect, it } from 'vitest';
import { planAdjustment } from './adjustment';
import { makeStockLevel } from './fixtures';

const level = makeStockLevel({ id: 7, productId: 3, warehouseId: 2, onHand: 10, reserved: 4 });

describe('planAdjustment', () => {
  it.each([
    ['receipt', '5', 5],
    ['return', '-5', 5],
    ['damage', '3', -3],
    ['loss', '+3', -3],
    ['correction', '-2', -2],
    ['correction', '\u22122', -2],
  ] as const)('turns %s of "%s" into a change of %i', (reason, quantity, delta) => {
    const plan = planAdjustment(level, 10, { reason, quantity, note: ' ' });
    expect(plan.problems).toEqual({});
    expect(plan.request).toEqual({
      productId: 3,
      warehouseId: 2,
      reason,
      delta,
      note: '',
      expectedOnHand: 10,
    });
  });

  it('sends a count as the counted quantity, and previews the difference to what the user saw', () => {
    const plan = planAdjustment(level, 12, { reason: 'count', quantity: '9', note: 'Regal B' });
    expect(plan.delta).toBe(-3);
    expect(plan.request).toEqual({
      productId: 3,
      warehouseId: 2,
      reason: 'count',
      countedQuantity: 9,
      note: 'Regal B',
      expectedOnHand: 12,
    });
  });

  it('reports what is missing or wrong per field, and sends nothing', () => {
    expect(planAdjustment(level, 10, { reason: null, quantity: '', note: '' })).toMatchObject({
      request: null,
      problems: { reason: { key: 'errors.required' } },
    });
    expect(
      planAdjustment(level, 10, { reason: 'receipt', quantity: '2.5', note: '' }).problems.quantity,
    ).toEqual({
      key: 'errors.integer',
    });
    expect(
      planAdjustment(level, 10, { reason: 'correction', quantity: '0', note: '' }).problems.quantity?.key,
    ).toBe('errors.zeroDelta');
  });

  it('refuses a change that would take on hand below zero, with the numbers', () => {
    const plan = planAdjustment(level, 10, { reason: 'damage', quantity: '11', note: '' });
    expect(plan.request).toBeNull();
    expect(plan.problems.quantity).toEqual({
      key: 'errors.negativeStock',
      params: { onHand: 10, delta: -11, result: -1 },
    });
  });
});
