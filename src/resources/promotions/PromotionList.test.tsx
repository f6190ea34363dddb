import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { PROMOTION_STATUSES, type PromotionStatus } from '../../domain/promotions';
import type { PromotionRecord } from '../../providers/operations/promotions';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { serveStatusCounts, WAIT, WithResources } from '../testing';
import { makePromotion } from './fixtures';
import PromotionList from './PromotionList';

// Active first, so the first promotion is an active one.
const counts: Record<PromotionStatus, number> = {
  active: 4,
  draft: 2,
  scheduled: 1,
  paused: 1,
  expired: 3,
  exhausted: 0,
};

/** So many promotions of each status, the first active one named, the paused one too. */
const promotions: PromotionRecord[] = Object.entries(counts)
  .flatMap(([status, count]) => Array.from({ length: count }, () => status as PromotionStatus))
  .map((status, index) =>
    makePromotion({
      id: index + 1,
      status,
      name: index === 0 ? 'Kitchen 10 %' : status === 'paused' ? 'Winter sale' : `Promotion ${index + 1}`,
      usageCount: index === 0 ? 12 : 0,
      usageLimit: index === 0 ? 500 : null,
    }),
  );

/** Serves the promotions as the API does, filtered by the derived `status`; returns the filters asked for. */
function servePromotions(): Record<string, unknown>[] {
  const filters: Record<string, unknown>[] = [];
  server.use(
    http.get('/api/promotions', ({ request }) => {
      const url = new URL(request.url);
      const filter = JSON.parse(url.searchParams.get('filter') ?? '{}') as Record<string, unknown>;
      const [start, end] = JSON.parse(url.searchParams.get('range') ?? '[0,24]') as [number, number];
      filters.push(filter);
      const matching = promotions.filter((p) => filter.status === undefined || p.status === filter.status);
      const page = matching.slice(start, end + 1);
      return HttpResponse.json(page, {
        headers: {
          'Content-Range': `promotions ${start}-${start + Math.max(page.length - 1, 0)}/${matching.length}`,
        },
      });
    }),
  );
  serveStatusCounts('promotions', promotions, PROMOTION_STATUSES);
  return filters;
}

function renderList() {
  const filters = servePromotions();
  renderWithAdmin(
    <WithResources>
      <PromotionList />
    </WithResources>,
    { resource: 'promotions', role: 'merchandiser' },
  );
  return filters;
}

describe('PromotionList', () => {
  it('has a tab per derived status with its count, and All with every promotion', async () => {
    renderList();
    const tabs = await screen.findByRole('tablist', { name: 'Promotions by status' }, WAIT);
    await within(tabs).findByRole('tab', { name: 'Expired 3' }, WAIT);
    await within(tabs).findByRole('tab', { name: `All ${promotions.length}` }, WAIT);
    const labels = within(tabs)
      .getAllByRole('tab')
      .map((tab) => tab.textContent);
    expect(labels).toEqual([
      `All ${promotions.length}`,
      'Active 4',
      'Scheduled 1',
      'Paused 1',
      'Draft 2',
      'Used up 0',
      'Expired 3',
    ]);
    expect(within(tabs).getByRole('tab', { name: /^All/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('filters the list by the chosen status, and All drops the filter again', async () => {
    renderList();
    await screen.findByText('Kitchen 10 %', {}, WAIT);

    await userEvent.click(await screen.findByRole('tab', { name: 'Paused 1' }, WAIT));
    await waitFor(() => expect(screen.queryByText('Kitchen 10 %')).not.toBeInTheDocument(), WAIT);
    expect(screen.getByText('Winter sale')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('tab', { name: 'Paused 1' })).toHaveAttribute('aria-selected', 'true');

    await userEvent.click(screen.getByRole('tab', { name: /^All/ }));
    await screen.findByText('Kitchen 10 %', {}, WAIT);
  });

  it('shows each promotion’s derived status and its uses against the limit', async () => {
    renderList();
    const row = (await screen.findByText('Kitchen 10 %', {}, WAIT)).closest('tr')!;
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('12 of 500')).toBeInTheDocument();
    const paused = screen.getByText('Winter sale').closest('tr')!;
    expect(within(paused).getByText('Paused')).toBeInTheDocument();
  });
});
