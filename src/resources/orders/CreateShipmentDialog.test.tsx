import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../domain/messages';
import { enterText, WAIT } from '../testing';
import {
  FIRST_PAINT,
  makeShipment,
  presentOrder,
  renderOrderPage,
  serveOrderPage,
  SLOW_TESTS,
  WAREHOUSES,
} from './orderPageTesting';

const order = presentOrder({
  id: 9,
  status: 'processing',
  paidAt: '2025-03-01T11:00:00.000Z',
  items: [
    { productId: 1, sku: 'SKU-001', name: 'Mug', quantity: 3, unitPrice: 900, discount: 0 },
    { productId: 2, sku: 'SKU-002', name: 'Plate', quantity: 2, unitPrice: 1500, discount: 0 },
  ],
});
/** Two of the three mugs are already on a parcel: one mug and both plates are left to ship. */
const packed = makeShipment({
  id: 40,
  orderId: order.id,
  status: 'packed',
  items: [{ productId: 1, quantity: 2 }],
});

function fieldOf(input: HTMLElement): HTMLElement {
  const wrapper = input.closest<HTMLElement>('.MuiFormControl-root');
  if (!wrapper) throw new Error('input has no form control');
  return wrapper;
}

async function openShipmentDialog() {
  renderOrderPage(order, 'warehouse', { warehouseIds: [1, 2] });
  await userEvent.click(await screen.findByRole('button', { name: 'Create shipment' }, FIRST_PAINT));
  return screen.findByRole('dialog', { name: 'Create a shipment' }, WAIT);
}

async function choose(dialog: HTMLElement, field: string, option: string) {
  await userEvent.click(within(dialog).getByRole('combobox', { name: field }));
  await userEvent.click(await screen.findByRole('option', { name: option }, WAIT));
}

describe('CreateShipmentDialog', SLOW_TESTS, () => {
  it('offers only what is left to ship, and refuses more than that and a malformed tracking number before sending', async () => {
    const posts = serveOrderPage(order, { shipments: [packed] });
    const dialog = await openShipmentDialog();

    const mugs = within(dialog).getByRole('spinbutton', { name: 'Quantity of SKU-001' });
    const plates = within(dialog).getByRole('spinbutton', { name: 'Quantity of SKU-002' });
    expect([mugs, plates].map((input) => (input as HTMLInputElement).value)).toEqual(['1', '2']);

    await enterText(mugs, '3');
    await choose(dialog, 'Carrier', 'DHL');
    await enterText(within(dialog).getByRole('textbox', { name: 'Tracking number' }), '12345');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create shipment' }));

    const overShipment = formatMessage('en', 'errors.overShipment', {
      productId: 'SKU-001',
      limit: 1,
      requested: 3,
    });
    expect(await within(fieldOf(mugs)).findByText(overShipment, {}, WAIT)).toBeInTheDocument();
    const tracking = within(dialog).getByRole('textbox', { name: 'Tracking number' });
    expect(
      within(fieldOf(tracking)).getByText(formatMessage('en', 'errors.trackingNumber', { carrier: 'DHL' })),
    ).toBeInTheDocument();
    expect(within(fieldOf(plates)).queryByText(/still to ship;/)).toBeNull();
    expect(posts).toEqual([]);
  });

  it('sends only the chosen lines, and shows the server’s refusal at the line it concerns', async () => {
    const refusal =
      'Warehouse HAM has only 1 of SKU-002 available (3 on hand, 2 reserved for its own orders); 2 requested.';
    const posts = serveOrderPage(order, { shipments: [packed] }, () =>
      HttpResponse.json({ message: refusal, errors: { 'items.0.quantity': refusal } }, { status: 422 }),
    );
    const dialog = await openShipmentDialog();

    await choose(dialog, 'Ship from', `${WAREHOUSES[1]!.code} · ${WAREHOUSES[1]!.name}`);
    await choose(dialog, 'Carrier', 'UPS');
    await enterText(
      within(dialog).getByRole('textbox', { name: 'Tracking number' }),
      '1z 999 aa1 01 2345 6784',
    );
    const mugs = within(dialog).getByRole('spinbutton', { name: 'Quantity of SKU-001' });
    const plates = within(dialog).getByRole('spinbutton', { name: 'Quantity of SKU-002' });
    await enterText(mugs, '0');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create shipment' }));

    expect(await within(fieldOf(plates)).findByText(refusal, {}, WAIT)).toBeInTheDocument();
    expect(within(fieldOf(mugs)).queryByText(refusal)).toBeNull();
    expect(posts).toEqual([
      {
        path: `/api/orders/${order.id}/shipments`,
        body: {
          warehouseId: WAREHOUSES[1]!.id,
          carrier: 'UPS',
          trackingNumber: '1z 999 aa1 01 2345 6784',
          items: [{ productId: 2, quantity: 2 }],
          version: order.version,
        },
      },
    ]);
  });
});
