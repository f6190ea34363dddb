import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { formatMessage } from '../../domain/messages';
import type { StockMovement } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, makeProduct, serveCollection, WithResources } from '../testing';
import { AdjustStockDialog, type AdjustTarget } from './AdjustStockDialog';
import { PATIENT, makeStockLevel, makeWarehouse } from './fixtures';

const seen = makeStockLevel({ id: 40, productId: 5, warehouseId: 1, onHand: 12, reserved: 2 });
const meanwhile = { ...seen, onHand: 15, available: 13, version: 4 };

function serveReferences() {
  serveCollection('products', [makeProduct({ id: 5, sku: 'KT-HOSE-20', name: 'Garden hose' })]);
  serveCollection('warehouses', [makeWarehouse({ id: 1, code: 'BER', name: 'Berlin' })]);
}

function movement(delta: number, balanceAfter: number): StockMovement {
  return {
    id: 900,
    productId: 5,
    warehouseId: 1,
    delta,
    reason: 'count',
    balanceAfter,
    userId: 4,
    orderId: null,
    shipmentId: null,
    transferId: null,
    reversesMovementId: null,
    note: '',
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    version: 1,
  };
}

/** Answers like the API: 409 while `expectedOnHand` is not the current on hand, else books the count. */
function serveAdjustments(current: { onHand: number }) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post('/api/stock-adjustments', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      if (body.expectedOnHand !== current.onHand) {
        const message = formatMessage('en', 'errors.staleOnHand', {
          expected: body.expectedOnHand as number,
          actual: current.onHand,
        });
        return HttpResponse.json({ message }, { status: 409 });
      }
      const counted = body.countedQuantity as number;
      return HttpResponse.json(
        {
          movement: movement(counted - current.onHand, counted),
          stockLevel: { ...meanwhile, onHand: counted },
        },
        { status: 201 },
      );
    }),
    http.get('/api/stock-levels/:id', () => HttpResponse.json(meanwhile)),
  );
  return bodies;
}

function renderDialog(target: AdjustTarget) {
  const onClose = vi.fn();
  renderWithAdmin(
    <WithResources>
      <AdjustStockDialog target={target} onClose={onClose} />
    </WithResources>,
    { role: 'warehouse' },
  );
  return onClose;
}

const save = () => userEvent.click(screen.getByRole('button', { name: 'Save' }));

describe('AdjustStockDialog', () => {
  it('sends the on hand the user saw; when it changed meanwhile, shows the new numbers and counts against them', async () => {
    serveReferences();
    const bodies = serveAdjustments({ onHand: 15 });
    const onClose = renderDialog({ level: seen, reason: 'count' });

    const dialog = await screen.findByRole('dialog', { name: 'Count stock' }, PATIENT);
    expect(await within(dialog).findByText('KT-HOSE-20 · Garden hose', {}, PATIENT)).toBeInTheDocument();
    await enterText(within(dialog).getByLabelText('Counted quantity'), '14');
    expect(within(dialog).getByText('On hand after saving: 12 → 14 (+2)')).toBeInTheDocument();
    await save();

    const alert = await within(dialog).findByRole('alert', {}, PATIENT);
    expect(bodies[0]).toMatchObject({
      productId: 5,
      warehouseId: 1,
      reason: 'count',
      countedQuantity: 14,
      expectedOnHand: 12,
    });
    expect(alert).toHaveTextContent('Stock changed while you were working');
    expect(alert).toHaveTextContent('you saw 12, it is now 15');
    expect(await within(alert).findByText(/15 on hand, 13 available/, {}, PATIENT)).toBeInTheDocument();
    expect(within(dialog).getByText('On hand after saving: 15 → 14 (-1)')).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();

    await save();
    await waitFor(() => expect(onClose).toHaveBeenCalled(), PATIENT);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toMatchObject({ countedQuantity: 14, expectedOnHand: 15 });
  });

  it('books damage as units out, with the note', async () => {
    serveReferences();
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post('/api/stock-adjustments', async ({ request }) => {
        bodies.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json(
          { movement: movement(-3, 9), stockLevel: { ...seen, onHand: 9 } },
          { status: 201 },
        );
      }),
    );
    const onClose = renderDialog({ level: seen });

    const dialog = await screen.findByRole('dialog', { name: 'Adjust stock' }, PATIENT);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Damage' }));
    await enterText(within(dialog).getByLabelText('Units out'), '3');
    await enterText(within(dialog).getByLabelText('Note'), 'Forklift');
    await save();

    await waitFor(() => expect(onClose).toHaveBeenCalled(), PATIENT);
    expect(bodies).toEqual([
      { productId: 5, warehouseId: 1, reason: 'damage', delta: -3, note: 'Forklift', expectedOnHand: 12 },
    ]);
  });

  it('refuses to take on hand below zero before asking the API', async () => {
    serveReferences();
    // No handler for POST /api/stock-adjustments: a request would fail the test.
    renderDialog({ level: seen, reason: 'loss' });

    const dialog = await screen.findByRole('dialog', { name: 'Adjust stock' }, PATIENT);
    await enterText(within(dialog).getByLabelText('Units out'), '13');
    await save();

    expect(
      await within(dialog).findByText(
        formatMessage('en', 'errors.negativeStock', { onHand: 12, delta: -13, result: -1 }),
        {},
        PATIENT,
      ),
    ).toBeInTheDocument();
  });
});
