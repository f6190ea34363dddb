import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import { signInAs } from './test/renderWithAdmin';
import { server } from './test/server';

// Stand-in resources, so the test does not depend on which ones exist yet.
vi.mock('./resources', async () => {
  const { default: People } = await import('@mui/icons-material/People');
  const { default: Inventory } = await import('@mui/icons-material/Inventory2');
  const { ListBase } = await import('react-admin');
  // ListBase checks canAccess itself, as every real list does; a bare component would not.
  const List = () => (
    <ListBase>
      <p>the list</p>
    </ListBase>
  );
  return {
    resources: [
      { name: 'products', group: 'catalog', icon: Inventory, list: List },
      { name: 'users', group: 'admin', icon: People, list: List },
    ],
  };
});

function visit(hash: string) {
  // The real app routes with the URL hash.
  window.history.replaceState(null, '', `/${hash}`);
}

/** The page's h1, its title in the app bar; the whole app renders slowly in a test DOM on a busy machine. */
function findPageHeading(name: string) {
  return screen.findByRole('heading', { level: 1, name }, { timeout: 20_000 });
}

// Load the lazily imported pages up front, so the first test does not pay for all of them.
beforeAll(
  () =>
    Promise.all([import('./pages/Dashboard'), import('./pages/AccessDenied'), import('./pages/NotFound')]),
  60_000,
);
beforeEach(() => visit(''));

describe('App', () => {
  it('sends a signed-out visitor to the login page', async () => {
    render(<App />);
    expect(await findPageHeading('Sign in to Kontor')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/login');
  });

  it('greets a signed-in user on the dashboard, with menu links to what the role may open', async () => {
    signInAs('manager');
    // The dashboard's own figures are tested in src/dashboard; here the report is simply unavailable.
    server.use(
      http.get('/api/kpis', () => HttpResponse.json({ message: 'Not now.' }, { status: 503 })),
      http.get('/api/warehouses', () =>
        HttpResponse.json([], { headers: { 'Content-Range': 'warehouses */0' } }),
      ),
    );
    render(<App />);
    // The greeting heads the dashboard under its title (the app bar's h1).
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Hello, Max Manager' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    // react-admin renders menu entries as links with the menuitem role.
    expect(screen.getAllByRole('menuitem', { name: 'Products' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('menuitem', { name: 'Users' })).toBeNull();
  });

  it('shows the access-denied page when a role opens a forbidden resource by URL', async () => {
    signInAs('warehouse');
    // react-admin still asks for the list while it redirects; the API refuses, as it would.
    server.use(
      http.get('/api/users', () =>
        HttpResponse.json({ message: 'Your role may not list users.' }, { status: 403 }),
      ),
    );
    visit('#/users');
    render(<App />);
    expect(await findPageHeading('This page is not open to you')).toBeInTheDocument();
    // The role comes from the authProvider a moment after the page shows.
    expect(
      await screen.findByText(/Your role \(Warehouse staff\)/, {}, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('the list')).toBeNull();
  });

  it('shows the not-found page for an unknown address', async () => {
    signInAs('admin');
    visit('#/no-such-page');
    render(<App />);
    expect(await findPageHeading('Page not found')).toBeInTheDocument();
  });
});
