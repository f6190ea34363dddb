/**
 * Shipment records for the parcels an order's lifecycle planned, as they
 * stood at the anchor: pending from when the record was created, packed, then
 * shipped, in transit after 12 h, delivered. The parcel longest on its way
 * is reported as a carrier exception. Ids follow creation, as the API assigns them.
 */
import type { Id, OrderItem, Shipment, ShipmentStatus } from '../../src/domain/types';
import type { PlannedShipment } from './lifecycle';
import { at } from './random';
import { HOUR, iso } from './time';

export interface ParcelDraft {
  record: Shipment;
  planned: PlannedShipment;
}

const IN_TRANSIT_AFTER = 12 * HOUR;

function statusAt(planned: PlannedShipment, anchor: number): ShipmentStatus {
  if (planned.packedAt > anchor) return 'pending';
  if (planned.shippedAt > anchor) return 'packed';
  if (planned.deliveredAt <= anchor) return 'delivered';
  return anchor - planned.shippedAt > IN_TRANSIT_AFTER ? 'in_transit' : 'shipped';
}

function lastChange(planned: PlannedShipment, status: ShipmentStatus): number {
  switch (status) {
    case 'pending':
      return planned.createdAt;
    case 'packed':
      return planned.packedAt;
    case 'in_transit':
      return planned.shippedAt + IN_TRANSIT_AFTER;
    case 'delivered':
      return planned.deliveredAt;
    default:
      return planned.shippedAt;
  }
}

export function parcelDraft(
  orderId: Id,
  warehouseId: Id,
  items: readonly OrderItem[],
  planned: PlannedShipment,
  trackingNumber: string,
  anchor: number,
): ParcelDraft {
  const status = statusAt(planned, anchor);
  const left = status !== 'pending' && status !== 'packed';
  return {
    planned,
    record: {
      id: 0,
      createdAt: iso(planned.createdAt),
      updatedAt: iso(lastChange(planned, status)),
      version: 1,
      orderId,
      warehouseId,
      carrier: planned.carrier,
      trackingNumber,
      status,
      items: planned.lineIndexes.map((i) => ({
        productId: at(items, i).productId,
        quantity: at(items, i).quantity,
      })),
      shippedAt: left ? iso(planned.shippedAt) : null,
      deliveredAt: status === 'delivered' ? iso(planned.deliveredAt) : null,
    },
  };
}

/** The carrier reports a problem with the parcel in transit the longest, halfway between its last scan and now. */
function flagException(parcels: readonly ParcelDraft[], anchor: number): void {
  const stuck = parcels
    .filter(({ record }) => record.status === 'in_transit')
    .sort((a, b) => a.planned.shippedAt - b.planned.shippedAt || a.record.orderId - b.record.orderId)[0];
  if (!stuck) return;
  const reportedAt = Math.round((stuck.planned.shippedAt + IN_TRANSIT_AFTER + anchor) / 2 / 1000) * 1000;
  stuck.record.status = 'exception';
  stuck.record.updatedAt = iso(reportedAt);
}

/** The records at the anchor, numbered 1, 2, 3, … in the order they were created. */
export function shipmentRecords(parcels: readonly ParcelDraft[], anchor: number): Shipment[] {
  flagException(parcels, anchor);
  const ordered = [...parcels].sort(
    (a, b) =>
      a.planned.createdAt - b.planned.createdAt ||
      a.record.orderId - b.record.orderId ||
      a.planned.shippedAt - b.planned.shippedAt,
  );
  return ordered.map(({ record }, n) => ({ ...record, id: n + 1 }));
}
