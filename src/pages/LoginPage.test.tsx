import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD as SERVER_DEMO_PASSWORD } from '../../mock-api/auth/passwords';
import { ROLES } from '../domain/permissions';
import { markSessionExpired, readSession } from '../providers/session';
import { renderWithAdmin, TEST_USERS } from '../test/renderWithAdmin';
import { server } from '../test/server';
import { DEMO_PASSWORD } from './DemoAccounts';
import { LoginPage } from './LoginPage';

const WRONG = { en: 'Wrong username or password.', de: 'Benutzername oder Passwort ist falsch.' };

/** A login endpoint that, like the API, answers in the request's language. */
function loginEndpoint(accept: (username: string, password: string) => boolean) {
  const attempts: unknown[] = [];
  server.use(
    http.post('/api/auth/login', async ({ request }) => {
      const body = (await request.json()) as { username: string; password: string };
      attempts.push(body);
      if (accept(body.username, body.password)) {
        return HttpResponse.json({ token: 'fresh-token', user: TEST_USERS.warehouse });
      }
      const language = request.headers.get('accept-language') === 'de' ? 'de' : 'en';
      return HttpResponse.json({ message: WRONG[language] }, { status: 401 });
    }),
  );
  return attempts;
}

function renderLogin(locale: 'en' | 'de' = 'en') {
  return renderWithAdmin(<LoginPage />, { role: null, locale, initialEntries: ['/login'] });
}

describe('LoginPage', () => {
  it('renders the sign-in form and the demo accounts', () => {
    renderLogin();
    expect(screen.getByRole('heading', { name: 'Sign in to Kontor' })).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(DEMO_PASSWORD))).toBeInTheDocument();
    for (const role of ROLES) {
      expect(screen.getByRole('button', { name: `Fill in ${role}` })).toBeInTheDocument();
    }
  });

  it('shows the server’s message after a wrong password, in the chosen language', async () => {
    const attempts = loginEndpoint(() => false);
    renderLogin('de');
    await userEvent.type(screen.getByLabelText('Benutzername'), 'admin');
    await userEvent.type(screen.getByLabelText('Passwort'), 'guessing');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(WRONG.de);
    expect(attempts).toEqual([{ username: 'admin', password: 'guessing' }]);
    expect(readSession()).toBeNull();
  });

  it('asks for both fields without calling the server', async () => {
    renderLogin();
    await userEvent.type(screen.getByLabelText('Username'), 'admin');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    // msw fails the test on any request, so reaching this line means none was sent.
    expect(await screen.findByRole('alert')).toHaveTextContent('Please enter your username and password.');
  });

  it('fills a demo account in one click and signs in with it', async () => {
    const attempts = loginEndpoint(
      (username, password) => username === 'warehouse' && password === SERVER_DEMO_PASSWORD,
    );
    renderLogin();
    await userEvent.click(screen.getByRole('button', { name: 'Fill in warehouse' }));
    expect(screen.getByLabelText('Username')).toHaveValue('warehouse');
    expect(screen.getByLabelText('Password')).toHaveValue(SERVER_DEMO_PASSWORD);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(readSession()?.token).toBe('fresh-token'));
    expect(attempts).toEqual([{ username: 'warehouse', password: SERVER_DEMO_PASSWORD }]);
  });

  it('explains that the previous session ended', () => {
    markSessionExpired();
    renderLogin();
    expect(screen.getByText('Your session has ended, please reconnect.')).toBeInTheDocument();
  });
});
