import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/permissions';
import type { AuditEntry } from '../../domain/types';
import { renderWithAdmin } from '../../test/renderWithAdmin';
import { serveCollection, WAIT, WithResources } from '../testing';
import AuditLogList from './AuditLogList';

function entry(id: number, overrides: Partial<AuditEntry>): AuditEntry {
  const at = `2025-05-0${id}T10:00:00.000Z`;
  return {
    id,
    at,
    userId: 1,
    username: 'ada',
    action: 'update',
    resource: 'products',
    recordId: 40 + id,
    changes: [],
    note: '',
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}

const entries = [
  entry(1, { changes: [{ field: 'price', before: 1000, after: 1250 }] }),
  entry(2, { resource: 'users', recordId: 7, changes: [{ field: 'active', before: true, after: false }] }),
  entry(3, { resource: 'returns', recordId: 9, action: 'create' }),
];

function renderList(role: Role) {
  const seen = serveCollection('audit-log', entries);
  if (role === 'admin') serveCollection('users', []);
  renderWithAdmin(
    <WithResources>
      <AuditLogList />
    </WithResources>,
    { resource: 'audit-log', role },
  );
  return seen;
}

const rowOf = async (text: string) => (await screen.findByText(text, {}, WAIT)).closest('tr')!;

describe('AuditLogList', () => {
  it('names each area and links a record to the page the role may open', async () => {
    renderList('manager');
    const product = await rowOf('Products');
    expect(await within(product).findByRole('link', { name: '41' }, WAIT)).toHaveAttribute(
      'href',
      '/products/41/show',
    );
    expect(within(product).getByText('Price')).toBeInTheDocument();
    // A manager may read the audit log but not open users: the id stays plain text.
    const user = await rowOf('Users');
    expect(within(user).getByText('7')).toBeInTheDocument();
    expect(within(user).queryByRole('link')).toBeNull();
    // Returns have no screen; the area still reads as words, from the domain catalogue.
    const returned = await rowOf('Returns');
    expect(within(returned).queryByRole('link')).toBeNull();
  });

  it('links users to their form for an administrator', async () => {
    renderList('admin');
    const user = await rowOf('Users');
    expect(await within(user).findByRole('link', { name: '7' }, WAIT)).toHaveAttribute('href', '/users/7');
  });

  it('filters by area with filter={"resource":"users"}', async () => {
    const seen = renderList('manager');
    await rowOf('Products');
    await userEvent.click(screen.getByRole('combobox', { name: 'Area' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Users' }, WAIT));
    await waitFor(() => expect(seen.at(-1)?.filter).toEqual({ resource: 'users' }), WAIT);
  });
});
