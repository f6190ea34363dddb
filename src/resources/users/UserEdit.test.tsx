import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { User } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, serveCollection, WAIT, WithResources } from '../testing';
import UserEdit from './UserEdit';

const LAST_ADMIN =
  'This is the last active administrator, so they cannot be deactivated or given another role.';

const ada: User = {
  id: 1,
  username: 'ada',
  fullName: 'Ada Admin',
  role: 'admin',
  active: true,
  warehouseIds: [],
  lastLoginAt: null,
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  version: 2,
};

function serveUser(answerPut: (body: Record<string, unknown>) => Response) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.get('/api/users/1', () => HttpResponse.json(ada)),
    http.put('/api/users/1', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      return answerPut(body);
    }),
  );
  serveCollection('audit-log', []);
  return bodies;
}

function renderEdit() {
  return renderWithAdmin(
    <WithResources>
      <UserEdit id={1} />
    </WithResources>,
    { resource: 'users' },
  );
}

describe('UserEdit', () => {
  it('keeps the API’s last-admin refusal in the form until the user changes something', async () => {
    const bodies = serveUser(() => HttpResponse.json({ message: LAST_ADMIN }, { status: 422 }));
    renderEdit();

    const active = await screen.findByLabelText('Active', {}, WAIT);
    await userEvent.click(active);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const form = active.closest('form')!;
    const refusal = await within(form).findByRole('alert', {}, WAIT);
    expect(refusal).toHaveTextContent(LAST_ADMIN);
    expect(bodies).toEqual([{ active: false, version: 2 }]);

    await userEvent.click(active);
    await waitFor(() => expect(within(form).queryByRole('alert')).toBeNull());
  });

  it('shows a field error next to its field, not as a refusal of the whole form', async () => {
    const message = 'Please enter at most 100 characters.';
    serveUser(() =>
      HttpResponse.json(
        { message: 'Some fields are not valid.', errors: { fullName: message } },
        { status: 422 },
      ),
    );
    renderEdit();

    const fullName = await screen.findByDisplayValue('Ada Admin', {}, WAIT);
    await enterText(fullName, 'Ada Admin the Second');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const field = fullName.closest<HTMLElement>('.MuiFormControl-root')!;
    expect(await within(field).findByText(message, {}, WAIT)).toBeInTheDocument();
    expect(within(fullName.closest('form')!).queryByRole('alert')).toBeNull();
  });

  it('offers no delete: users are deactivated, never deleted', async () => {
    serveUser(() => HttpResponse.json(ada));
    renderEdit();
    await screen.findByLabelText('Active', {}, WAIT);
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(
      screen.getByText('Switching this off signs the user out at once and stops them signing in.'),
    ).toBeInTheDocument();
  });
});
