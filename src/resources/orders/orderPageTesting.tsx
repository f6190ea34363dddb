/**
 * Test helpers for the order page: serves an order with its shipments,
 * returns and refunds the way the API does, records the workflow POSTs, and
 * renders the page at its route.
 */
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import type { Role } from '../../domain/permissions';
import type {
  Customer,
  Order,
  OrderReturn,
  PaymentMethod,
  Refund,
  Shipment,
  StockLevel,
  Warehouse,
} from '../../domain/types';
import type { PresentedOrder } from '../../providers/operations/orders';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { DEFAULT_CARRIERS, trackingLink } from '../../domain/carriers';
import { makeOrder, serveCollection, WithResources } from '../testing';
import OrderShow from './OrderShow';

/**
 * The first paint of a screen in a test file includes loading react-admin and MUI, which on a
 * busy two-core machine can take well over the usual wait; the tests around it get room too.
 */
export const FIRST_PAINT = { timeout: 25_000 };
export const SLOW_TESTS = { timeout: 60_000 };

const stamp = { createdAt: '2025-01-10T09:00:00.000Z', updatedAt: '2025-01-10T09:00:00.000Z', version: 1 };

export const WAREHOUSES: Warehouse[] = [
  { id: 1, code: 'BER', name: 'Berlin', city: 'Berlin', ...stamp },
  { id: 2, code: 'HAM', name: 'Hamburg', city: 'Hamburg', ...stamp },
];

export const CUSTOMER: Customer = {
  id: 1,
  firstName: 'Grete',
  lastName: 'Berger',
  email: 'grete@example.com',
  phone: '',
  address: {
    name: 'Grete Berger',
    street: 'Hauptstr. 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  },
  ...stamp,
};

/** An order as the API presents it; `late` and the payment summary as the API would compute them. */
export function presentOrder(overrides: Partial<Order> & { id: number }, late = false): PresentedOrder {
  const order = makeOrder(overrides);
  const paidTotal = order.paidAt ? order.total : 0;
  return { ...order, late, paidTotal, balance: paidTotal - order.refundedTotal };
}

/** A shipment as the API lists it: with its tracking page from the carrier's record. */
export function makeShipment(overrides: Partial<Shipment> & { id: number; orderId: number }): Shipment {
  const shipment: Shipment = {
    warehouseId: 1,
    carrier: 'DHL',
    trackingNumber: '123456789012',
    status: 'pending',
    items: [],
    shippedAt: null,
    deliveredAt: null,
    ...stamp,
    ...overrides,
  };
  const carrier = DEFAULT_CARRIERS.find((c) => c.name === shipment.carrier);
  return { ...shipment, trackingUrl: trackingLink(carrier, shipment.trackingNumber) } as Shipment;
}

export interface OrderPageData {
  shipments?: Shipment[];
  returns?: OrderReturn[];
  refunds?: Refund[];
  stockLevels?: StockLevel[];
  /** Settings → Payment methods; PayPal (does not wait for payment) by default. */
  paymentMethods?: PaymentMethod[];
}

export interface SeenPost {
  path: string;
  body: Record<string, unknown>;
}

/**
 * Serves everything the order page may ask for; POSTs to the workflow routes
 * are recorded and answered by `answerPost` (default: 500, so a test that
 * expects none fails loudly if one is sent).
 */
const SETTING = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', version: 1 };

/** The carriers a new shop starts with, as Settings → Carriers lists them. */
export const CARRIERS = DEFAULT_CARRIERS.map((carrier, i) => ({
  id: i + 1,
  ...SETTING,
  ...carrier,
  active: true,
}));
export const SHIPPING_METHOD = {
  id: 1,
  ...SETTING,
  name: 'DHL Paket',
  carrierId: 1,
  price: 490,
  freeShippingFrom: 5000,
  dispatchHours: 48,
  active: true,
};
export const PAYMENT_METHOD: PaymentMethod = {
  id: 1,
  ...SETTING,
  name: 'PayPal',
  kind: 'paypal',
  waitsForPayment: false,
  active: true,
};

export function serveOrderPage(
  order: PresentedOrder,
  data: OrderPageData = {},
  answerPost: (post: SeenPost) => Response = () =>
    HttpResponse.json({ message: 'unexpected' }, { status: 500 }),
): SeenPost[] {
  const posts: SeenPost[] = [];
  server.use(
    http.get(`/api/orders/${order.id}`, () => HttpResponse.json(order)),
    http.post('/api/*', async ({ request }) => {
      const post = {
        path: new URL(request.url).pathname,
        body: (await request.json()) as Record<string, unknown>,
      };
      posts.push(post);
      return answerPost(post);
    }),
  );
  serveCollection('shipments', data.shipments ?? []);
  serveCollection('returns', data.returns ?? []);
  serveCollection('refunds', data.refunds ?? []);
  serveCollection('stock-levels', data.stockLevels ?? []);
  serveCollection('warehouses', WAREHOUSES);
  serveCollection('customers', [CUSTOMER]);
  serveCollection('audit-log', []);
  serveCollection('users', []);
  serveCollection('carriers', CARRIERS);
  serveCollection('shipping-methods', [SHIPPING_METHOD]);
  serveCollection('payment-methods', data.paymentMethods ?? [PAYMENT_METHOD]);
  serveCollection('promotions', []);
  return posts;
}

export function renderOrderPage(order: PresentedOrder, role: Role, user: { warehouseIds?: number[] } = {}) {
  return renderWithAdmin(
    <WithResources>
      <Routes>
        <Route path="/orders/:id/show/*" element={<OrderShow />} />
      </Routes>
    </WithResources>,
    { role, user, resource: 'orders', initialEntries: [`/orders/${order.id}/show`] },
  );
}
