import { DEFAULT_CARRIERS } from './carriers';
import { ENDPOINT_SCHEMAS } from './contract/endpoints';
import { describe, expect, it } from 'vitest';
import {
  checkLines,
  committedQuantities,
  nextShipmentStatuses,
  remainingQuantities,
  shipmentTransitionProblem,
  shippableFrom,
  shippedQuantities,
  stillToPick,
  STOCK_LEFT_STATUSES,
  sumLines,
  totalOf,
  validateShipmentRequest,
} from './shipments';
import { SHIPMENT_STATUSES, type ShipmentStatus } from './types';

describe('shipment statuses', () => {
  it('goes pending → packed → shipped → in transit → delivered, with exception after it left', () => {
    const path: ShipmentStatus[] = ['pending', 'packed', 'shipped', 'in_transit', 'delivered'];
    path.slice(1).forEach((to, i) => expect(shipmentTransitionProblem(path[i]!, to)).toBeNull());
    for (const from of ['shipped', 'in_transit'] as const)
      expect(nextShipmentStatuses(from)).toContain('exception');
    expect(nextShipmentStatuses('pending')).not.toContain('exception');
  });

  it('offers packing and handing over only while the order may ship, as the API checks', () => {
    expect(nextShipmentStatuses('pending', 'processing')).toEqual(['packed', 'cancelled']);
    expect(nextShipmentStatuses('pending', 'on_hold')).toEqual(['cancelled']);
    expect(nextShipmentStatuses('packed', 'on_hold')).toEqual(['cancelled']);
    expect(nextShipmentStatuses('packed', 'cancelled')).toEqual(['cancelled']);
    // Once the parcel has left, the order's hold no longer stops its journey.
    expect(nextShipmentStatuses('shipped', 'on_hold')).toEqual(['in_transit', 'delivered', 'exception']);
  });

  it('can be cancelled only before it left, and delivered or cancelled is final', () => {
    for (const status of SHIPMENT_STATUSES) {
      expect(nextShipmentStatuses(status).includes('cancelled'), status).toBe(
        status === 'pending' || status === 'packed',
      );
    }
    expect(nextShipmentStatuses('delivered')).toEqual([]);
    expect(nextShipmentStatuses('cancelled')).toEqual([]);
  });

  it('explains a refused step with the allowed ones', () => {
    expect(shipmentTransitionProblem('pending', 'shipped')).toEqual({
      key: 'errors.shipmentTransition',
      params: {
        from: { t: 'label.shipment.pending' },
        to: { t: 'label.shipment.shipped' },
        allowed: [{ t: 'label.shipment.packed' }, { t: 'label.shipment.cancelled' }],
      },
    });
    expect(shipmentTransitionProblem('delivered', 'in_transit')?.params?.allowed).toEqual({
      t: 'orders.noneAllowed',
    });
  });
});

describe('quantities', () => {
  const parcels = [
    { status: 'pending' as const, items: [{ productId: 1, quantity: 1 }] },
    {
      status: 'in_transit' as const,
      items: [
        { productId: 1, quantity: 2 },
        { productId: 2, quantity: 1 },
      ],
    },
    { status: 'cancelled' as const, items: [{ productId: 2, quantity: 5 }] },
  ];

  it('counts shipped, committed and remaining units per product', () => {
    expect(STOCK_LEFT_STATUSES).not.toContain('packed');
    expect([...shippedQuantities(parcels)]).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect([...committedQuantities(parcels)]).toEqual([
      [1, 3],
      [2, 1],
    ]);
    const ordered = sumLines([
      { productId: 1, quantity: 4 },
      { productId: 2, quantity: 1 },
    ]);
    expect([...remainingQuantities(ordered, committedQuantities(parcels))]).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(totalOf(remainingQuantities(ordered, shippedQuantities(parcels)))).toBe(2);
  });
});

describe('checkLines', () => {
  const limits = new Map([
    [1, 2],
    [2, 0],
  ]);

  it('accepts lines within their limits', () => {
    expect(checkLines([{ productId: 1, quantity: 2 }], limits, 'errors.overShipment')).toEqual({
      lines: [{ productId: 1, quantity: 2 }],
      problems: {},
    });
  });

  it('reports each bad line by index', () => {
    const { problems } = checkLines(
      [
        { productId: 1, quantity: 3 },
        { productId: 9, quantity: 1 },
        { productId: 1, quantity: 1 },
        { productId: 2, quantity: 1 },
        { productId: 2, quantity: 1.5 },
        'junk',
      ],
      limits,
      'errors.overShipment',
    );
    expect(problems).toEqual({
      'items.0.quantity': { key: 'errors.overShipment', params: { productId: 1, requested: 3, limit: 2 } },
      'items.1.productId': { key: 'errors.notInOrder', params: { productId: '9' } },
      'items.2.productId': { key: 'errors.duplicateLine', params: { productId: 1 } },
      'items.3.quantity': { key: 'errors.overShipment', params: { productId: 2, requested: 1, limit: 0 } },
      'items.4.productId': { key: 'errors.duplicateLine', params: { productId: 2 } },
      'items.5.productId': { key: 'errors.notInOrder', params: { productId: 'undefined' } },
    });
  });

  it('needs at least one line', () => {
    for (const raw of [undefined, [], 'x'])
      expect(checkLines(raw, limits, 'k').problems).toEqual({ items: { key: 'errors.noLines' } });
  });
});

describe('validateShipmentRequest', () => {
  const open = new Map([[1, 2]]);
  const items = [{ productId: 1, quantity: 1 }];
  // Only active carriers are offered; DPD is switched off here.
  const carrierOf = (name: string) => DEFAULT_CARRIERS.find((c) => c.name === name && name !== 'DPD');

  it('normalises the tracking number and checks it against the carrier', () => {
    const ok = validateShipmentRequest(
      { carrier: 'UPS', trackingNumber: ' 1z999aa1 0123456784 ', items },
      open,
      carrierOf,
    );
    expect(ok.problems).toEqual({});
    expect(ok.request).toEqual({
      warehouseId: null,
      carrier: 'UPS',
      trackingNumber: '1Z999AA10123456784',
      items,
    });
    const wrong = validateShipmentRequest(
      { carrier: 'DHL', trackingNumber: '1Z999AA10123456784', items },
      open,
      carrierOf,
    );
    expect(wrong.problems).toEqual({
      trackingNumber: { key: 'errors.trackingNumber', params: { carrier: 'DHL' } },
    });
  });

  it('requires a known carrier and a tracking number', () => {
    const { problems } = validateShipmentRequest({ carrier: 'FedEx', items }, open, carrierOf);
    expect(Object.keys(problems).sort()).toEqual(['carrier', 'trackingNumber']);
    expect(problems.carrier).toEqual({ key: 'errors.carrierUnknown', params: { carrier: 'FedEx' } });
    const inactive = validateShipmentRequest(
      { carrier: 'DPD', trackingNumber: '01234567890123', items },
      open,
      carrierOf,
    );
    expect(inactive.problems.carrier?.key).toBe('errors.carrierUnknown');
  });

  it('leaves fields it does not know to the contract, which refuses them at the API (a form may carry more)', () => {
    const { problems } = validateShipmentRequest(
      { carrier: 'UPS', trackingNumber: '1Z999AA10123456784', items, status: 'shipped' },
      open,
      carrierOf,
    );
    expect(problems).toEqual({});
    const atTheDoor = ENDPOINT_SCHEMAS.createShipment.body!.safeParse({
      carrier: 'DHL',
      trackingNumber: 'x',
      items,
      status: 'shipped',
    });
    expect(atTheDoor.error?.issues.map((issue) => issue.code)).toContain('unrecognized_keys');
  });
});

describe('shippableFrom', () => {
  it('allows what is on hand at the order’s warehouse, and only the unreserved rest elsewhere', () => {
    expect(shippableFrom({ onHand: 5, reserved: 8 }, true)).toBe(5);
    expect(shippableFrom({ onHand: 5, reserved: 3 }, false)).toBe(2);
    expect(shippableFrom({ onHand: 5, reserved: 8 }, false)).toBe(0);
  });
});

describe('still to pick', () => {
  const order = {
    warehouseId: 1,
    items: [
      { productId: 10, quantity: 3 },
      { productId: 20, quantity: 1 },
    ],
  };
  const parcel = (status: ShipmentStatus, warehouseId: number, quantity: number) => ({
    status,
    warehouseId,
    items: [{ productId: 10, quantity }],
  });
  const asObject = (picks: Map<number, Map<number, number>>) =>
    Object.fromEntries([...picks].map(([w, q]) => [w, Object.fromEntries(q)]));

  it('counts lines no parcel covers at the order’s warehouse', () => {
    expect(asObject(stillToPick(order, []))).toEqual({ 1: { 10: 3, 20: 1 } });
  });

  it('keeps a pending parcel’s units to pick, at the parcel’s own warehouse', () => {
    expect(asObject(stillToPick(order, [parcel('pending', 2, 2)]))).toEqual({
      1: { 10: 1, 20: 1 },
      2: { 10: 2 },
    });
  });

  it('drops what packed or shipped parcels took, and ignores cancelled ones', () => {
    expect(
      asObject(
        stillToPick(order, [parcel('packed', 1, 1), parcel('shipped', 1, 1), parcel('cancelled', 1, 3)]),
      ),
    ).toEqual({ 1: { 10: 1, 20: 1 } });
    expect(
      asObject(
        stillToPick({ warehouseId: 1, items: [{ productId: 10, quantity: 1 }] }, [parcel('delivered', 1, 1)]),
      ),
    ).toEqual({});
  });
});
