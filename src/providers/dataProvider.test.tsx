import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Edit, HttpError, SimpleForm, TextInput } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin, signInAs } from '../test/renderWithAdmin';
import { server } from '../test/server';
import { changedFields, dataProvider } from './dataProvider';

const customer = {
  id: 12,
  firstName: 'Grete',
  lastName: 'Berger',
  email: 'grete@example.com',
  address: {
    name: 'Grete Berger',
    street: 'Hauptstr. 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  },
  createdAt: '2025-01-02T10:00:00.000Z',
  updatedAt: '2025-03-04T10:00:00.000Z',
  version: 4,
};

/** Answers PUTs on a resource with the merged record and records each request body by id. */
function capturePuts(resource: string) {
  const bodies = new Map<string, unknown>();
  server.use(
    http.put(`/api/${resource}/:id`, async ({ request, params }) => {
      const body = (await request.json()) as Record<string, unknown>;
      bodies.set(String(params.id), body);
      return HttpResponse.json({
        ...customer,
        ...body,
        id: Number(params.id),
        version: customer.version + 1,
      });
    }),
  );
  return bodies;
}

describe('dataProvider.update', () => {
  it('sends only the changed fields plus the version the edit started from', async () => {
    signInAs('admin');
    const bodies = capturePuts('customers');
    const edited = { ...customer, email: 'grete.berger@example.com', updatedAt: 'client clock' };
    const { data } = await dataProvider.update('customers', { id: 12, data: edited, previousData: customer });
    expect(bodies.get('12')).toEqual({ email: 'grete.berger@example.com', version: 4 });
    expect(data.version).toBe(5);
  });

  it('sends a changed nested value whole, and leaves an equal one out', async () => {
    signInAs('admin');
    const bodies = capturePuts('customers');
    const address = { ...customer.address, city: 'Potsdam' };
    await dataProvider.update('customers', {
      id: 12,
      data: { ...customer, address, lastName: 'Berger-Voss' },
      previousData: structuredClone(customer),
    });
    expect(bodies.get('12')).toEqual({ address, lastName: 'Berger-Voss', version: 4 });
  });

  it('surfaces the server’s field errors on a 422 HttpError', async () => {
    signInAs('admin');
    const errors = { email: 'Must be an e-mail address.' };
    server.use(
      http.put('/api/customers/12', () =>
        HttpResponse.json({ message: 'Some fields are not valid.', errors }, { status: 422 }),
      ),
    );
    const failure = await dataProvider
      .update('customers', { id: 12, data: { ...customer, email: 'x' }, previousData: customer })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpError);
    expect(failure).toMatchObject({ status: 422, message: 'Some fields are not valid.', body: { errors } });
  });

  it('surfaces the server’s message on a 409 stale-version conflict', async () => {
    signInAs('admin');
    const message = 'Someone else changed this record since you opened it.';
    server.use(http.put('/api/customers/12', () => HttpResponse.json({ message }, { status: 409 })));
    await expect(
      dataProvider.update('customers', {
        id: 12,
        data: { ...customer, firstName: 'G.' },
        previousData: customer,
      }),
    ).rejects.toMatchObject({ status: 409, message });
  });

  it('shows a 422 field error next to the field in an edit form', async () => {
    server.use(
      http.get('/api/customers/12', () => HttpResponse.json(customer)),
      http.put('/api/customers/12', () =>
        HttpResponse.json(
          { message: 'Some fields are not valid.', errors: { email: 'Must be an e-mail address.' } },
          { status: 422 },
        ),
      ),
    );
    renderWithAdmin(
      <Edit id={12} mutationMode="pessimistic">
        <SimpleForm>
          <TextInput source="email" />
        </SimpleForm>
      </Edit>,
      { resource: 'customers' },
    );
    const email = await screen.findByDisplayValue(customer.email);
    await userEvent.clear(email);
    await userEvent.type(email, 'not-an-address');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Must be an e-mail address.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('dataProvider.updateMany', () => {
  it('PUTs the given fields to each id and returns the ids', async () => {
    signInAs('admin');
    const bodies = capturePuts('customers');
    const { data } = await dataProvider.updateMany('customers', { ids: [3, 4], data: { lastName: 'Neu' } });
    expect(data).toEqual([3, 4]);
    expect(Object.fromEntries(bodies)).toEqual({ 3: { lastName: 'Neu' }, 4: { lastName: 'Neu' } });
  });
});

describe('changedFields', () => {
  it('never sends server-managed fields', () => {
    expect(changedFields({ id: 1, createdAt: 'a', updatedAt: 'b', name: 'n' })).toEqual({ name: 'n' });
  });
});
