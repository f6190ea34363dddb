import type { Id } from '../../domain/types';

/** The printable packing slip of a shipment, a page under the shipments resource. */
export const packingSlipPath = (shipmentId: Id) => `/shipments/${shipmentId}/packing-slip`;
