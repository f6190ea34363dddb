import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, makeCategory, makeProduct, serveCollection, WAIT, WithResources } from '../testing';
import { LONG_FLOW } from './fixtures';
import ProductEdit from './ProductEdit';

const garden = makeCategory({ id: 7, name: 'Garden' });
const product = makeProduct({ id: 1, sku: 'SKU-001', categoryId: garden.id, price: 1299, version: 3 });

function serveProduct(answerPut: (body: Record<string, unknown>) => Response) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.get('/api/products/1', () => HttpResponse.json(product)),
    http.put('/api/products/1', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      return answerPut(body);
    }),
  );
  serveCollection('categories', [garden]);
  serveCollection('audit-log', []);
  serveCollection('stock-levels', []);
  return bodies;
}

function inputWrapper(input: HTMLElement): HTMLElement {
  const wrapper = input.closest<HTMLElement>('.MuiFormControl-root');
  if (!wrapper) throw new Error('input has no form control');
  return wrapper;
}

function renderEdit() {
  return renderWithAdmin(
    <WithResources>
      <ProductEdit id={1} />
    </WithResources>,
    { resource: 'products' },
  );
}

describe('ProductEdit', () => {
  it('shows the server’s field error next to the SKU field', async () => {
    const message = 'The SKU "GARDEN-HOSE" is already used by another product.';
    const bodies = serveProduct(() =>
      HttpResponse.json({ message: 'Some fields are not valid.', errors: { sku: message } }, { status: 422 }),
    );
    renderWithAdmin(
      <WithResources>
        <ProductEdit id={1} />
      </WithResources>,
      { resource: 'products' },
    );

    const sku = await screen.findByDisplayValue('SKU-001', {}, WAIT);
    await enterText(sku, 'GARDEN-HOSE');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await within(inputWrapper(sku)).findByText(message, {}, WAIT)).toBeInTheDocument();
    expect(sku).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([{ sku: 'GARDEN-HOSE', version: 3 }]);
  });

  it('checks the domain rules before sending: a malformed SKU never reaches the API', async () => {
    const bodies = serveProduct((body) => HttpResponse.json({ ...product, ...body }));
    renderWithAdmin(
      <WithResources>
        <ProductEdit id={1} />
      </WithResources>,
      { resource: 'products' },
    );

    const sku = await screen.findByDisplayValue('SKU-001', {}, WAIT);
    await enterText(sku, 'no spaces allowed');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await within(inputWrapper(sku)).findByText(/letters, digits, dots, dashes or underscores/, {}, WAIT),
    ).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('takes prices in euros and sends cents', async () => {
    const bodies = serveProduct((body) => HttpResponse.json({ ...product, ...body, version: 4 }));
    renderWithAdmin(
      <WithResources>
        <ProductEdit id={1} />
      </WithResources>,
      { resource: 'products' },
    );

    const price = await screen.findByDisplayValue('12.99', {}, WAIT);
    await userEvent.clear(price);
    await userEvent.type(price, '1,234.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Element updated', {}, WAIT);
    expect(bodies).toEqual([{ price: 123450, version: 3 }]);
  });
});

describe('ProductEdit after a colleague saved first', () => {
  it(
    'keeps the user’s edit on top of the reloaded record and saves it with the new version',
    LONG_FLOW,
    async () => {
      const theirs = { ...product, name: 'Garden hose 25 m', cost: 700, version: 4 };
      let current = product;
      const bodies: Record<string, unknown>[] = [];
      server.use(
        http.get('/api/products/1', () => HttpResponse.json(current)),
        http.put('/api/products/1', async ({ request }) => {
          const body = (await request.json()) as Record<string, unknown>;
          bodies.push(body);
          if (body.version !== current.version) {
            return HttpResponse.json(
              { message: 'Someone else changed this record since you opened it.', errors: {} },
              { status: 409 },
            );
          }
          return HttpResponse.json({ ...current, ...body, version: current.version + 1 });
        }),
      );
      serveCollection('categories', [garden]);
      serveCollection('audit-log', []);
      serveCollection('stock-levels', []);
      renderEdit();

      const price = await screen.findByDisplayValue('12.99', {}, WAIT);
      await enterText(price, '15');
      current = theirs;
      await userEvent.click(screen.getByRole('button', { name: 'Save' }));

      const alert = await screen.findByRole('alert', {}, WAIT);
      expect(within(alert).getByText('Someone else saved this record meanwhile')).toBeInTheDocument();
      expect(within(alert).getByText(/your changes \(Price\) are kept/)).toBeInTheDocument();
      await userEvent.click(within(alert).getByRole('button', { name: 'Reload and keep my changes' }));

      // Everything the user did not touch now shows the colleague's values; the typed price stays.
      expect(await screen.findByDisplayValue('Garden hose 25 m', {}, WAIT)).toBeInTheDocument();
      expect(screen.getByDisplayValue('7.00')).toBeInTheDocument();
      expect(screen.getByDisplayValue('15.00')).toBeInTheDocument();
      expect(await screen.findByText('Latest version loaded', {}, WAIT)).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Save' }));
      await screen.findByText('Element updated', {}, WAIT);
      expect(bodies).toEqual([
        { price: 1500, version: 3 },
        { price: 1500, version: 4 },
      ]);
    },
  );

  it('warns when the colleague changed the very field the user edited', LONG_FLOW, async () => {
    let current = product;
    server.use(
      http.get('/api/products/1', () => HttpResponse.json(current)),
      http.put('/api/products/1', () =>
        HttpResponse.json({ message: 'Someone else changed this record.', errors: {} }, { status: 409 }),
      ),
    );
    serveCollection('categories', [garden]);
    serveCollection('audit-log', []);
    serveCollection('stock-levels', []);
    renderEdit();

    await enterText(await screen.findByDisplayValue('12.99', {}, WAIT), '15');
    current = { ...product, price: 1399, version: 4 };
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Reload and keep my changes' }, WAIT));

    expect(
      await screen.findByText(
        'Someone else also changed Price: saving replaces their value with yours.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(screen.getByDisplayValue('15.00')).toBeInTheDocument();
  });
});
