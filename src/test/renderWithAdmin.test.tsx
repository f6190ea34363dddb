import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useGetList, useGetIdentity, useTranslate } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin, testToken } from './renderWithAdmin';
import { server } from './server';

function WarehouseNames() {
  const { data, error } = useGetList('warehouses', { pagination: { page: 1, perPage: 5 } });
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (error) return <p>failed: {error.message}</p>;
  return (
    <div>
      <p>{identity?.fullName}</p>
      <p>{translate('ra.action.save')}</p>
      <ul>
        {data?.map((w) => (
          <li key={w.id}>{w.name}</li>
        ))}
      </ul>
    </div>
  );
}

describe('renderWithAdmin', () => {
  it('signs in as the role and sends its token and locale to msw', async () => {
    const seen: { auth: string | null; lang: string | null }[] = [];
    server.use(
      http.get('/api/warehouses', ({ request }) => {
        seen.push({
          auth: request.headers.get('authorization'),
          lang: request.headers.get('accept-language'),
        });
        return HttpResponse.json([{ id: 1, name: 'Lager Nord' }], {
          headers: { 'Content-Range': 'warehouses 0-0/1' },
        });
      }),
    );
    renderWithAdmin(<WarehouseNames />, { role: 'warehouse', locale: 'de' });
    expect(await screen.findByText('Lager Nord')).toBeInTheDocument();
    expect(screen.getByText('Wim Warehouse')).toBeInTheDocument();
    expect(screen.getByText('Speichern')).toBeInTheDocument();
    expect(seen).toEqual([{ auth: `Bearer ${testToken('warehouse')}`, lang: 'de' }]);
  });
});
