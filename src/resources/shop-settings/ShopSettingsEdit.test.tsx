import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { MoneyField } from '../../components/MoneyField';
import { ShopSettingsProvider } from '../../components/ShopSettingsContext';
import type { Locale } from '../../domain/messages';
import { DEFAULT_SHOP_SETTINGS } from '../../domain/shop';
import type { ShopSettings } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, serveCollection, WAIT, WithResources } from '../testing';
import ShopSettingsEdit from './ShopSettingsEdit';

const stored: ShopSettings = {
  id: 1,
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  version: 3,
  ...DEFAULT_SHOP_SETTINGS,
};

function serveSettings(
  answerPut: (body: Record<string, unknown>) => Response = (body) =>
    HttpResponse.json({ ...stored, ...body, version: stored.version + 1 }),
) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.get('/api/shop-settings/1', () => HttpResponse.json(stored)),
    http.put('/api/shop-settings/1', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      return answerPut(body);
    }),
  );
  serveCollection('audit-log', []);
  return bodies;
}

/** The screen as the console mounts it: inside the layout's settings provider, with an amount elsewhere on the page. */
function renderScreen(locale: Locale = 'en') {
  return renderWithAdmin(
    <WithResources>
      <ShopSettingsProvider>
        <ShopSettingsEdit />
        <div data-testid="amount">
          <MoneyField source="total" record={{ id: 1, total: 1200 }} />
        </div>
      </ShopSettingsProvider>
    </WithResources>,
    { resource: 'shop-settings', locale },
  );
}

describe('Settings → Shop', () => {
  it('refuses an unknown time zone next to the field, with the API’s words, and sends nothing', async () => {
    const bodies = serveSettings();
    renderScreen();
    const zone = await screen.findByDisplayValue('Europe/Berlin', {}, WAIT);
    await enterText(zone, 'Europe/Atlantis');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        '"Europe/Atlantis" is not a time zone Kontor knows. Use an IANA name such as Europe/Berlin, Europe/Vienna or UTC.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument();
    expect(zone).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([]);
  });

  it('saves what changed with the version, and amounts across the console follow the money display', async () => {
    const bodies = serveSettings();
    renderScreen();
    await screen.findByDisplayValue('Europe/Berlin', {}, WAIT);
    expect(screen.getByTestId('amount')).toHaveTextContent('€12.00');
    await enterText(screen.getByDisplayValue('Europe/Berlin'), 'Europe/Vienna');
    await userEvent.click(screen.getByRole('radio', { name: /^Code/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bodies).toHaveLength(1), WAIT);
    expect(bodies[0]).toEqual({ timeZone: 'Europe/Vienna', currencyDisplay: 'code', version: 3 });
    await waitFor(() => expect(screen.getByTestId('amount')).toHaveTextContent(/EUR\s12\.00/), WAIT);
  });

  it('shows the API’s refusal of a field next to that field', async () => {
    const message = 'Use at most 6 lines of at most 100 characters each.';
    serveSettings(() =>
      HttpResponse.json(
        { message: 'Some fields are not valid.', errors: { address: message } },
        { status: 422 },
      ),
    );
    renderScreen();
    await screen.findByDisplayValue('Europe/Berlin', {}, WAIT);
    await enterText(screen.getByRole('textbox', { name: 'Address' }), 'Somewhere 1');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(message, {}, WAIT)).toBeInTheDocument();
  });

  it('speaks German, money examples included', async () => {
    serveSettings();
    renderScreen('de');
    await screen.findByDisplayValue('Europe/Berlin', {}, WAIT);
    expect(screen.getByRole('textbox', { name: 'Name des Shops' })).toHaveValue('Kontor Demo Shop');
    expect(screen.getByRole('combobox', { name: 'Zeitzone' })).toHaveValue('Europe/Berlin');
    expect(screen.getByRole('radio', { name: /^Symbol \(12,00\s€\)/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Code \(12,00\sEUR\)/ })).not.toBeChecked();
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeInTheDocument();
  });
});
