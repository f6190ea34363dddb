import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/permissions';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { CUSTOMER, FIRST_PAINT, SLOW_TESTS } from '../orders/orderPageTesting';
import { serveCollection, WAIT, WithResources } from '../testing';
import CustomerShow from './CustomerShow';

const customer = {
  ...CUSTOMER,
  orderCount: 3,
  lifetimeValue: 12345,
  averageOrderValue: 4115,
  returnedOrders: 1,
  lastOrderAt: '2026-05-01T10:00:00.000Z',
};

function servePage() {
  const erasures: unknown[] = [];
  serveCollection('customers', [customer]);
  serveCollection('orders', []);
  serveCollection('audit-log', []);
  serveCollection('users', []);
  server.use(
    http.get('/api/customers/1', () => HttpResponse.json(customer)),
    http.post('/api/customers/1/erase', async ({ request }) => {
      const body = (await request.json()) as { confirmEmail: string };
      erasures.push(body);
      if (body.confirmEmail !== customer.email)
        return HttpResponse.json(
          {
            message: 'Type the customer’s e-mail address exactly to confirm the erasure.',
            errors: { confirmEmail: 'Type the customer’s e-mail address exactly to confirm the erasure.' },
          },
          { status: 422 },
        );
      return HttpResponse.json({ customerId: 1, ordersAnonymised: 3, auditEntriesRedacted: 1 });
    }),
  );
  return erasures;
}

const renderPage = (role: Role) =>
  renderWithAdmin(
    <WithResources>
      <Routes>
        <Route path="/customers/:id/show/*" element={<CustomerShow />} />
      </Routes>
    </WithResources>,
    { role, resource: 'customers', initialEntries: ['/customers/1/show'] },
  );

describe('CustomerShow', SLOW_TESTS, () => {
  it('shows what the customer is worth: orders, lifetime and average value, returns, last order', async () => {
    servePage();
    renderPage('manager');
    expect(await screen.findByText('€123.45', {}, FIRST_PAINT)).toBeInTheDocument();
    expect(screen.getByText('€41.15')).toBeInTheDocument();
    // Managers read customers; data-protection requests are the admin's.
    expect(screen.queryByRole('button', { name: 'Erase personal data' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export personal data' })).toBeNull();
  });

  it('lets the admin erase only after typing the customer’s e-mail, showing the refusal at the field', async () => {
    const erasures = servePage();
    renderPage('admin');
    await userEvent.click(await screen.findByRole('button', { name: 'Erase personal data' }, FIRST_PAINT));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/grete@example.com are removed for good/)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/Type the customer’s e-mail address/), 'grete@');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    expect(await within(dialog).findByText(/exactly to confirm/, {}, WAIT)).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/Type the customer’s e-mail address/), 'example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);
    expect(erasures).toEqual([{ confirmEmail: 'grete@' }, { confirmEmail: 'grete@example.com' }]);
  });
});
