import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { PromotionOverlap } from '../../providers/operations/promotions';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, WAIT, WithResources } from '../testing';
import { makePromotion } from './fixtures';
import PromotionCreate from './PromotionCreate';

function renderCreate() {
  renderWithAdmin(
    <WithResources>
      <PromotionCreate />
    </WithResources>,
    { resource: 'promotions', role: 'merchandiser' },
  );
}

function fieldOf(input: HTMLElement): HTMLElement {
  const wrapper = input.closest<HTMLElement>('.MuiFormControl-root');
  if (!wrapper) throw new Error('input has no form control');
  return wrapper;
}

/** A datetime-local input takes its value whole, as a browser's picker sets it. */
function setDateTime(input: HTMLElement, value: string) {
  fireEvent.change(input, { target: { value } });
}

async function fillValidForm() {
  await enterText(await screen.findByLabelText(/^Name/, {}, WAIT), 'Kitchen 20 %');
  await enterText(screen.getByLabelText('Percentage off'), '20');
  setDateTime(screen.getByLabelText(/^Starts/), '2026-06-10T10:00');
  await enterText(screen.getByLabelText('Coupon code'), 'KITCHEN20');
}

const summerSale = makePromotion({ id: 5, name: 'Summer sale', code: 'SUMMER', status: 'scheduled' });
const overlap: PromotionOverlap = {
  promotion: summerSale,
  combination: {
    firstId: 5,
    secondId: 99,
    bothApply: false,
    reason: 'differentCodes',
    explanation: {
      key: 'promotions.combine.codes',
      params: { first: 'Summer sale', second: 'Kitchen 20 %' },
    },
    text: 'rendered by the server, not shown',
  },
};

// The first render of a whole form is slow in the test DOM on a busy two-core machine.
describe('PromotionForm validation', { timeout: 90_000 }, () => {
  it('objects to a percentage outside 1–100 and an end before the start, without asking the API', async () => {
    // No handler for /api/promotions*: a request would fail the test.
    renderCreate();
    await enterText(await screen.findByLabelText(/^Name/, {}, WAIT), 'Too generous');
    const percent = screen.getByLabelText('Percentage off');
    await enterText(percent, '150');
    setDateTime(screen.getByLabelText(/^Starts/), '2026-06-10T10:00');
    const ends = screen.getByLabelText(/^Ends/);
    setDateTime(ends, '2026-06-01T10:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await within(fieldOf(percent)).findByText('A percentage discount must be between 1 and 100.', {}, WAIT),
    ).toBeInTheDocument();
    expect(within(fieldOf(ends)).getByText('The end must be after the start.')).toBeInTheDocument();
    expect(percent).toHaveAttribute('aria-invalid', 'true');
  });

  it('says the same in German', async () => {
    renderWithAdmin(
      <WithResources>
        <PromotionCreate />
      </WithResources>,
      { resource: 'promotions', role: 'merchandiser', locale: 'de' },
    );
    await enterText(await screen.findByLabelText(/^Name/, {}, WAIT), 'Zu großzügig');
    const percent = screen.getByLabelText('Rabatt in Prozent');
    await enterText(percent, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(
      await within(fieldOf(percent)).findByText(
        'Ein Prozentrabatt muss zwischen 1 und 100 liegen.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
  });
});

describe('saving with overlaps', { timeout: 90_000 }, () => {
  it('lists the overlapping promotions first and saves only once confirmed, in UTC from Berlin time', async () => {
    const checked: Record<string, unknown>[] = [];
    const created: Record<string, unknown>[] = [];
    server.use(
      http.post('/api/promotions/overlaps', async ({ request }) => {
        checked.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json([overlap]);
      }),
      http.post('/api/promotions', async ({ request }) => {
        created.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json(
          {
            message: 'Some fields are not valid.',
            errors: { code: 'The code KITCHEN20 is already in use.' },
          },
          { status: 422 },
        );
      }),
    );
    renderCreate();
    await fillValidForm();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', {}, WAIT);
    expect(
      within(dialog).getByRole('heading', { name: 'It overlaps 1 other promotion' }),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Summer sale')).toBeInTheDocument();
    expect(within(dialog).getByText('Only one applies')).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        'Each needs its own coupon code and a cart carries one code, so they never apply together.',
      ),
    ).toBeInTheDocument();
    // 10:00 on 10 June in Berlin is 08:00 UTC (summer time).
    expect(checked).toEqual([
      expect.objectContaining({
        type: 'percent',
        value: 20,
        code: 'KITCHEN20',
        startsAt: '2026-06-10T08:00:00.000Z',
      }),
    ]);
    expect(checked[0]).not.toHaveProperty('id');
    expect(created).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Back to editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), WAIT);
    expect(created).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', {}, WAIT)).getByRole('button', { name: 'Save anyway' }),
    );
    const code = screen.getByLabelText('Coupon code');
    expect(
      await within(fieldOf(code)).findByText('The code KITCHEN20 is already in use.', {}, WAIT),
    ).toBeInTheDocument();
    expect(created).toEqual([
      expect.objectContaining({
        name: 'Kitchen 20 %',
        value: 20,
        code: 'KITCHEN20',
        startsAt: '2026-06-10T08:00:00.000Z',
        draft: true,
      }),
    ]);
    expect(created[0]).not.toHaveProperty('usageCount');
  });

  it('saves straight away when nothing overlaps', async () => {
    const created: Record<string, unknown>[] = [];
    server.use(
      http.post('/api/promotions/overlaps', () => HttpResponse.json([])),
      http.post('/api/promotions', async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        created.push(body);
        return HttpResponse.json(
          { ...makePromotion({ id: 42, status: 'draft' }), ...body, id: 42 },
          { status: 201 },
        );
      }),
    );
    renderCreate();
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Element created', {}, WAIT);
    expect(created).toHaveLength(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
