import { screen } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/permissions';
import { WAIT } from '../resources/testing';
import { renderWithAdmin } from '../test/renderWithAdmin';
import { guarded, type GuardedAction } from './AccessGuard';

/** A guarded stand-in view at /<resource>; `rendered` records whether it ever rendered. */
function renderGuarded(resource: string, action: GuardedAction, role: Role) {
  const rendered: string[] = [];
  const View = guarded(() => {
    rendered.push(action);
    return <p>The view</p>;
  }, action);
  renderWithAdmin(
    <Routes>
      <Route
        path={`/${resource}`}
        element={
          <ResourceContextProvider value={resource}>
            <View />
          </ResourceContextProvider>
        }
      />
      <Route path="/access-denied" element={<p>Access denied page</p>} />
    </Routes>,
    { role, initialEntries: [`/${resource}`] },
  );
  return rendered;
}

describe('guarded', () => {
  it.each([
    ['warehouse', 'products', 'edit'],
    ['manager', 'users', 'list'],
    ['merchandiser', 'audit-log', 'list'],
  ] as const)(
    'sends %s from %s (%s) to the access-denied page without rendering the view',
    async (role, resource, action) => {
      const rendered = renderGuarded(resource, action, role);
      expect(await screen.findByText('Access denied page', {}, WAIT)).toBeInTheDocument();
      expect(rendered).toEqual([]);
    },
  );

  it.each([
    ['admin', 'users', 'create'],
    ['manager', 'audit-log', 'list'],
    ['warehouse', 'products', 'list'],
  ] as const)('renders the view for %s at %s (%s)', async (role, resource, action) => {
    const rendered = renderGuarded(resource, action, role);
    expect(await screen.findByText('The view', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByText('Access denied page')).toBeNull();
    expect(rendered.length).toBeGreaterThan(0);
  });
});
