import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../App';
import type { Role } from '../../domain/permissions';
import { signInAs, WithTestStyles } from '../../test/renderWithAdmin';
import { server } from '../../test/server';
import { serveCollection } from '../testing';

/** Answers like the API for roles without access, and remembers every request that reached it. */
function refuse(path: string): string[] {
  const seen: string[] = [];
  server.use(
    http.get(path, ({ request }) => {
      seen.push(request.url);
      return HttpResponse.json({ message: 'Your role may not do this.' }, { status: 403 });
    }),
  );
  return seen;
}

async function openAs(role: Role, hash: string) {
  // The menu's low-stock badge asks on every page.
  serveCollection('stock-levels', []);
  signInAs(role);
  window.history.replaceState(null, '', `/${hash}`);
  render(<App />, { wrapper: WithTestStyles });
  return screen.findByRole(
    'heading',
    { level: 1, name: 'This page is not open to you' },
    { timeout: 20_000 },
  );
}

beforeAll(
  () => Promise.all([import('../../pages/AccessDenied'), import('./UserList'), import('./UserEdit')]),
  60_000,
);

describe('users and the audit log, opened by URL without the right', () => {
  it.each([
    ['manager', '#/users', '/api/users'],
    ['manager', '#/users/1', '/api/users/1'],
    ['merchandiser', '#/audit-log', '/api/audit-log'],
  ] as const)('%s at %s gets the access-denied page and never asks the API', async (role, hash, path) => {
    const seen = refuse(path);
    expect(await openAs(role, hash)).toBeInTheDocument();
    // The page replaced the view; a request it had started would have reached msw by now.
    await waitFor(() => expect(window.location.hash).toBe('#/access-denied'));
    expect(seen).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
