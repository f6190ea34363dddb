import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useGetOne, useLocation } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { renderWithAdmin, signInAs, TEST_USERS } from '../test/renderWithAdmin';
import { server } from '../test/server';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { readSession, SESSION_KEY, isSessionExpired } from './session';

const manager = TEST_USERS.manager;

describe('authProvider.login', () => {
  it('stores the session and sends its token with later requests', async () => {
    let loginBody: unknown;
    let productAuthorization: string | null = null;
    server.use(
      http.post('/api/auth/login', async ({ request }) => {
        loginBody = await request.json();
        return HttpResponse.json({ token: 'tok-123', user: manager });
      }),
      http.get('/api/products/7', ({ request }) => {
        productAuthorization = request.headers.get('authorization');
        return HttpResponse.json({ id: 7, name: 'Desk lamp' });
      }),
    );

    await authProvider.login({ username: 'manager', password: 'kontor-demo' });

    expect(loginBody).toEqual({ username: 'manager', password: 'kontor-demo' });
    expect(JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null')).toEqual({
      token: 'tok-123',
      user: manager,
    });
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    expect(await authProvider.getPermissions?.({})).toBe('manager');
    expect(await authProvider.getIdentity?.()).toMatchObject({ id: manager.id, fullName: manager.fullName });

    await dataProvider.getOne('products', { id: 7 });
    expect(productAuthorization).toBe('Bearer tok-123');
  });

  it('rejects with the server message and stores nothing on wrong credentials', async () => {
    server.use(
      http.post('/api/auth/login', () =>
        HttpResponse.json({ message: 'Wrong username or password.' }, { status: 401 }),
      ),
    );
    await expect(authProvider.login({ username: 'manager', password: 'nope' })).rejects.toMatchObject({
      status: 401,
      message: 'Wrong username or password.',
    });
    expect(readSession()).toBeNull();
    // message: false, so react-admin adds no "Please login to continue" toast over the login page.
    await expect(authProvider.checkAuth({})).rejects.toMatchObject({ message: false });
  });
});

describe('authProvider.logout', () => {
  it('revokes the token on the server and forgets the session', async () => {
    signInAs('admin');
    let revoked: string | null = null;
    server.use(
      http.post('/api/auth/logout', ({ request }) => {
        revoked = request.headers.get('authorization');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await authProvider.logout({});
    expect(revoked).toBe('Bearer test-token-admin');
    expect(readSession()).toBeNull();
  });
});

describe('authProvider.checkError', () => {
  it('signs out on 401 but keeps the session on 403', async () => {
    signInAs('warehouse');
    await expect(authProvider.checkError({ status: 403, message: 'Not allowed' })).resolves.toBeUndefined();
    expect(readSession()).not.toBeNull();
    await expect(authProvider.checkError({ status: 401, message: 'Expired' })).rejects.toBeDefined();
    expect(readSession()).toBeNull();
  });

  function ProductName() {
    const { data } = useGetOne('products', { id: 1 });
    return <p>{data?.name ?? 'loading'}</p>;
  }

  /** Unmounts the product on the login page, as the real routes would, so it stops refetching. */
  function OnHomePage() {
    return useLocation().pathname === '/' ? <ProductName /> : <p>login page</p>;
  }

  it('takes the user to the login page when a later request answers 401', async () => {
    server.use(
      http.get('/api/products/1', () =>
        HttpResponse.json({ message: 'Your session has expired.' }, { status: 401 }),
      ),
    );
    const visited: string[] = [];
    renderWithAdmin(<OnHomePage />, {
      role: 'merchandiser',
      onLocationChange: (location) => visited.push(location.pathname),
    });
    expect(await screen.findByText('login page')).toBeInTheDocument();
    expect(visited.at(-1)).toBe('/login');
    expect(readSession()).toBeNull();
    expect(isSessionExpired()).toBe(true);
  });

  function TwoProducts() {
    const first = useGetOne('products', { id: 1 });
    const second = useGetOne('products', { id: 2 });
    return <p>{first.data?.name ?? second.data?.name ?? 'loading'}</p>;
  }

  it('hands over to the login page once when several requests answer 401 in turn', async () => {
    const expired = () => HttpResponse.json({ message: 'Your session has expired.' }, { status: 401 });
    server.use(
      http.get('/api/products/1', expired),
      // Later than the first, so react-admin's same-tick debounce of sign-outs cannot merge them.
      http.get('/api/products/2', async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return expired();
      }),
    );
    const visited: string[] = [];
    function Screen() {
      return useLocation().pathname === '/' ? <TwoProducts /> : <p>login page</p>;
    }
    renderWithAdmin(<Screen />, {
      role: 'merchandiser',
      onLocationChange: (location) => visited.push(location.pathname),
    });
    expect(await screen.findByText('login page')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(visited.filter((path) => path === '/login')).toHaveLength(1);
  });
});

describe('authProvider.canAccess', () => {
  const canAccess = (resource: string, action: string) => authProvider.canAccess!({ resource, action });

  it('lets a warehouse user work stock but not users, promotions or the catalog', async () => {
    signInAs('warehouse');
    expect(await canAccess('stock-levels', 'list')).toBe(true);
    expect(await canAccess('stock-levels', 'edit')).toBe(true);
    expect(await canAccess('shipments', 'create')).toBe(true);
    expect(await canAccess('products', 'list')).toBe(true);
    expect(await canAccess('products', 'edit')).toBe(false);
    expect(await canAccess('products', 'clone')).toBe(false);
    expect(await canAccess('users', 'list')).toBe(false);
    expect(await canAccess('promotions', 'list')).toBe(false);
    expect(await canAccess('dashboard', 'list')).toBe(true);
  });

  it('lets an admin do everything the matrix grants, but nothing on unknown resources', async () => {
    signInAs('admin');
    expect(await canAccess('users', 'list')).toBe(true);
    expect(await canAccess('users', 'delete')).toBe(true);
    expect(await canAccess('products', 'clone')).toBe(true);
    // The audit log is written by the server only, even for admins.
    expect(await canAccess('audit-log', 'list')).toBe(true);
    expect(await canAccess('audit-log', 'edit')).toBe(false);
    expect(await canAccess('no-such-thing', 'list')).toBe(false);
  });

  it('denies everything when nobody is signed in', async () => {
    expect(await canAccess('products', 'list')).toBe(false);
  });
});
