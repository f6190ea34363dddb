import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Simulation, SimulationRequest } from '../../providers/operations/promotions';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, makeOrder, makeProduct, serveCollection, WAIT, WithResources } from '../testing';
import { SHIPPING_METHOD } from '../orders/orderPageTesting';
import { priced } from './fixtures';
import PromotionCreate from './PromotionCreate';

const espressoMaker = makeProduct({ id: 198, sku: 'KT-198', name: 'Espresso maker', price: 5299 });
const NEW_PROMOTION_ID = 99;
const EXPRESS = { ...SHIPPING_METHOD, id: 2, name: 'DHL Express', price: 1290, freeShippingFrom: null };

/** The shipping methods the dry run offers. */
const serveShippingMethods = () => serveCollection('shipping-methods', [SHIPPING_METHOD, EXPRESS]);

/**
 * Answers like the API for a 20 % promotion on the one product: the form's
 * promotion takes 20 % off, the baseline has none; a coupon promotion (7)
 * is skipped in both for want of its code.
 */
function answer({ items, shippingMethodId }: SimulationRequest): Simulation {
  const { productId, quantity } = items[0]!;
  const discount = Math.round(quantity * espressoMaker.price * 0.2);
  const skipped = {
    promotionId: 7,
    name: 'Newsletter 5 €',
    reason: 'code' as const,
    explanation: { key: 'promotions.why.codeMissing', params: {}, text: 'server text' },
  };
  const baseline = { ...priced(productId, quantity, espressoMaker.price, 0), notApplied: [skipped] };
  return {
    ...priced(productId, quantity, espressoMaker.price, discount),
    at: '2026-06-10T08:00:00.000Z',
    // Like the API: the shop's first active method unless one was chosen.
    shippingMethodId: shippingMethodId ?? 1,
    applied: [
      {
        promotionId: NEW_PROMOTION_ID,
        name: '',
        type: 'percent',
        amount: discount,
        shippingAmount: 0,
        lineAmounts: [discount],
        cappedByBudget: false,
        // The console renders the key in its own language; this text is the server's rendering.
        explanation: {
          key: 'promotions.explain.percent',
          params: { percent: 20, target: { t: 'promotions.target.categories' }, amount: { cents: discount } },
          text: 'server text',
        },
      },
    ],
    notApplied: [skipped],
    baseline,
  };
}

function serveSimulate(): SimulationRequest[] {
  const requests: SimulationRequest[] = [];
  server.use(
    http.post('/api/promotions/simulate', async ({ request }) => {
      const body = (await request.json()) as SimulationRequest;
      requests.push(body);
      return HttpResponse.json(answer(body));
    }),
  );
  return requests;
}

async function renderForm() {
  serveShippingMethods();
  renderWithAdmin(
    <WithResources>
      <PromotionCreate />
    </WithResources>,
    { resource: 'promotions', role: 'merchandiser' },
  );
  await enterText(await screen.findByLabelText(/^Name/, {}, WAIT), 'Coffee 20 %');
  await enterText(screen.getByLabelText('Percentage off'), '20');
}

function totalRow(): HTMLElement {
  return screen.getByRole('cell', { name: 'Total' }).closest('tr')!;
}

// The first render of a whole form is slow in the test DOM on a busy two-core machine.
describe('DryRun', { timeout: 90_000 }, () => {
  it('prices the sample cart before and after the unsaved promotion, with what applied and why', async () => {
    const requests = serveSimulate();
    serveCollection('products', [espressoMaker]);
    await renderForm();
    expect(screen.getByText(/Add products, or copy a recent order’s lines/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Add a product' }));
    await userEvent.click(await screen.findByRole('option', { name: 'KT-198 · Espresso maker' }, WAIT));

    await screen.findByText('This promotion applies: 20 % off the chosen categories: −€10.60.', {}, WAIT);
    expect(within(totalRow()).getByText('€52.99')).toBeInTheDocument();
    expect(within(totalRow()).getByText('€42.39')).toBeInTheDocument();
    expect(screen.getByText('This promotion: -€10.60')).toBeInTheDocument();
    expect(screen.getByText('Espresso maker')).toBeInTheDocument();

    // Only the settled values were sent: the new promotion priced at its start (it is not running yet).
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ items: [{ productId: 198, quantity: 1 }], code: null });
    expect(request!.promotion).toMatchObject({
      name: 'Coffee 20 %',
      type: 'percent',
      value: 20,
      draft: true,
    });
    expect(request!.promotion).not.toHaveProperty('id');
    expect(request!.at).toBe(request!.promotion!.startsAt);

    await userEvent.click(screen.getByRole('button', { name: 'Why 1 other promotion does not apply' }));
    expect(await screen.findByText('It needs its coupon code.', {}, WAIT)).toBeInTheDocument();
    expect(screen.getByText('Newsletter 5 € — Coupon code')).toBeInTheDocument();
  });

  it('asks again when the cart changes, and copies a recent order’s lines', async () => {
    const requests = serveSimulate();
    serveCollection('products', [espressoMaker]);
    serveCollection('orders', [
      makeOrder({
        id: 3,
        total: 15897,
        items: [
          {
            productId: 198,
            sku: 'KT-198',
            name: 'Espresso maker',
            quantity: 3,
            unitPrice: 5299,
            discount: 0,
          },
        ],
      }),
    ]);
    await renderForm();

    await userEvent.click(screen.getByRole('combobox', { name: 'Copy an order' }));
    await userEvent.click(await screen.findByRole('option', { name: 'K-1003 · €158.97 · 1 line' }, WAIT));
    await waitFor(() => expect(within(totalRow()).getByText('€127.18')).toBeInTheDocument(), WAIT);
    expect(within(totalRow()).getByText('€158.97')).toBeInTheDocument();

    await enterText(screen.getByRole('spinbutton', { name: 'Quantity of Espresso maker' }), '2');
    await waitFor(() => expect(within(totalRow()).getByText('€84.78')).toBeInTheDocument(), WAIT);
    expect(requests.map((request) => request.items)).toEqual([
      [{ productId: 198, quantity: 3 }],
      [{ productId: 198, quantity: 2 }],
    ]);
  });

  it('ships the cart with the method the server priced with, or the one picked, or the copied order’s', async () => {
    const requests = serveSimulate();
    serveCollection('products', [espressoMaker]);
    serveCollection('orders', [makeOrder({ id: 3, shippingMethodId: 2 })]);
    await renderForm();
    await userEvent.click(screen.getByRole('combobox', { name: 'Add a product' }));
    await userEvent.click(await screen.findByRole('option', { name: 'KT-198 · Espresso maker' }, WAIT));
    await waitFor(() => expect(requests).toHaveLength(1), WAIT);
    // Nothing picked: the server chooses, and the picker shows its choice.
    expect(requests[0]!.shippingMethodId).toBeNull();
    const picker = screen.getByRole('combobox', { name: 'Shipping method' });
    await waitFor(() => expect(picker).toHaveTextContent('DHL Paket · €4.90, free from €50.00'), WAIT);

    await userEvent.click(picker);
    await userEvent.click(await screen.findByRole('option', { name: 'DHL Express · €12.90' }, WAIT));
    await waitFor(() => expect(requests.at(-1)?.shippingMethodId).toBe(2), WAIT);

    await userEvent.click(screen.getByRole('combobox', { name: 'Shipping method' }));
    await userEvent.click(await screen.findByRole('option', { name: /^DHL Paket/ }, WAIT));
    await waitFor(() => expect(requests.at(-1)?.shippingMethodId).toBe(1), WAIT);
    await userEvent.click(screen.getByRole('combobox', { name: 'Copy an order' }));
    await userEvent.click(await screen.findByRole('option', { name: /^K-1003/ }, WAIT));
    await waitFor(() => expect(requests.at(-1)?.shippingMethodId).toBe(2), WAIT);
  });

  it('enters the promotion’s own code at checkout unless told otherwise', async () => {
    const requests = serveSimulate();
    serveCollection('products', [espressoMaker]);
    await renderForm();
    await enterText(screen.getByLabelText('Coupon code'), 'COFFEE20');
    await userEvent.click(screen.getByRole('combobox', { name: 'Add a product' }));
    await userEvent.click(await screen.findByRole('option', { name: 'KT-198 · Espresso maker' }, WAIT));
    await waitFor(() => expect(requests.at(-1)?.code).toBe('COFFEE20'), WAIT);

    await enterText(screen.getByLabelText('Coupon code entered at checkout'), 'OTHER');
    await waitFor(() => expect(requests.at(-1)?.code).toBe('OTHER'), WAIT);
    expect(requests.at(-1)?.promotion).toMatchObject({ code: 'COFFEE20' });
  });
});
