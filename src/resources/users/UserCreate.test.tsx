import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { enterText, WAIT, WithResources } from '../testing';
import UserCreate from './UserCreate';

function capturePosts() {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post('/api/users', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      const { password: _password, ...user } = body;
      return HttpResponse.json(
        { ...user, id: 9, active: true, lastLoginAt: null, version: 1 },
        { status: 201 },
      );
    }),
  );
  return bodies;
}

async function fillIn(password: string, username = 'jonas') {
  await enterText(await screen.findByLabelText(/^Username/, {}, WAIT), username);
  await enterText(screen.getByLabelText(/^Full name/), 'Jonas Lager');
  await userEvent.click(screen.getByRole('combobox', { name: /^Role/ }));
  await userEvent.click(await screen.findByRole('option', { name: 'Manager' }, WAIT));
  await enterText(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Save' }));
}

describe('UserCreate', () => {
  it('refuses a password shorter than 10 characters without asking the API', async () => {
    const bodies = capturePosts();
    renderWithAdmin(
      <WithResources>
        <UserCreate />
      </WithResources>,
      { resource: 'users' },
    );

    await fillIn('short-pw1');

    const password = screen.getByLabelText(/^Password/);
    const field = password.closest<HTMLElement>('.MuiFormControl-root')!;
    expect(await within(field).findByText('Must be 10 characters at least', {}, WAIT)).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([]);
  });

  it('refuses a username with spaces, in the API’s words, without asking the API', async () => {
    const bodies = capturePosts();
    renderWithAdmin(
      <WithResources>
        <UserCreate />
      </WithResources>,
      { resource: 'users' },
    );

    await fillIn('long-enough-pw', 'jonas lager');

    const username = screen.getByLabelText(/^Username/);
    const field = username.closest<HTMLElement>('.MuiFormControl-root')!;
    expect(await within(field).findByText(/lower-case letters, digits, dots/, {}, WAIT)).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('creates the user once the password is long enough', async () => {
    const bodies = capturePosts();
    renderWithAdmin(
      <WithResources>
        <UserCreate />
      </WithResources>,
      { resource: 'users' },
    );

    await fillIn('long-enough-pw');

    await waitFor(() => expect(bodies).toHaveLength(1), WAIT);
    expect(bodies[0]).toMatchObject({
      username: 'jonas',
      fullName: 'Jonas Lager',
      role: 'manager',
      password: 'long-enough-pw',
    });
  });
});
