/**
 * Test helpers for the resource screens: the resources registered as in the
 * app, a msw handler that serves a collection the way the REST contract does
 * (range slices, Content-Range, `filter.id` for getMany) and records what the
 * console asked for, and record factories.
 */
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { ResourceDefinitionContextProvider, type ResourceDefinitions } from 'react-admin';
import type { Category, Order, Product } from '../domain/types';
import { isStatusCounted, STATUS_COUNTED } from '../domain/contract/routes';
import { server } from '../test/server';
import { resources } from '.';

/**
 * Replaces an input's text in one change event. Typing key by key re-renders a
 * react-admin form per character, which makes tests slow without testing more.
 */
export async function enterText(input: HTMLElement, text: string): Promise<void> {
  const user = userEvent.setup({ delay: null });
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

/** For findBy/waitFor: a cold first render of a list takes a few seconds on a busy two-core machine. */
export const WAIT = { timeout: 8000 };

const definitions: ResourceDefinitions = Object.fromEntries(
  resources.map((resource) => [
    resource.name,
    {
      name: resource.name,
      hasList: !!resource.list,
      hasShow: !!resource.show,
      hasEdit: !!resource.edit,
      hasCreate: !!resource.create,
      icon: resource.icon,
      recordRepresentation: resource.recordRepresentation,
    },
  ]),
);

/**
 * Registers every resource as the shell's <Resource> elements would, so
 * references show their record representation and buttons know which views exist.
 */
export const WithResources = ({ children }: { children: ReactNode }) => (
  <ResourceDefinitionContextProvider definitions={definitions}>{children}</ResourceDefinitionContextProvider>
);

export interface SeenListRequest {
  range: [number, number];
  sort: [string, string] | null;
  filter: Record<string, unknown>;
  /** The `filter` query parameter exactly as sent. */
  filterParam: string | null;
}

function parseJsonParam<T>(url: URL, name: string, fallback: T): T {
  const raw = url.searchParams.get(name);
  return raw === null ? fallback : (JSON.parse(raw) as T);
}

/**
 * Serves `records` at GET /api/<resource> (and, for a collection with status
 * tabs, their counts) and returns the list requests it answered.
 */
export function serveCollection<T extends { id: number }>(
  resource: string,
  records: readonly T[],
): SeenListRequest[] {
  const seen: SeenListRequest[] = [];
  server.use(
    http.get(`/api/${resource}`, ({ request }) => {
      const url = new URL(request.url);
      const filter = parseJsonParam<Record<string, unknown>>(url, 'filter', {});
      const range = parseJsonParam<[number, number]>(url, 'range', [0, records.length - 1]);
      seen.push({
        range,
        sort: parseJsonParam(url, 'sort', null),
        filter,
        filterParam: url.searchParams.get('filter'),
      });
      const ids = Array.isArray(filter.id) ? (filter.id as number[]) : null;
      const matching = ids ? records.filter((record) => ids.includes(record.id)) : records;
      const [start, end] = range;
      const page = matching.slice(start, end + 1);
      const last = page.length ? start + page.length - 1 : start;
      return HttpResponse.json(page, {
        headers: { 'Content-Range': `${resource} ${start}-${last}/${matching.length}` },
      });
    }),
  );
  if (isStatusCounted(resource))
    serveStatusCounts(resource, records as unknown as { status: string }[], STATUS_COUNTED[resource]);
  return seen;
}

/**
 * Answers GET /api/<resource>/status-counts as the API does: the records
 * `matches` keeps under the filter (its `status` aside), in all and per status.
 * Returns the filters asked for.
 */
export function serveStatusCounts<T extends { status: string }>(
  resource: string,
  records: readonly T[],
  statuses: readonly string[],
  matches: (record: T, filter: Record<string, unknown>) => boolean = () => true,
): Record<string, unknown>[] {
  const seen: Record<string, unknown>[] = [];
  server.use(
    http.get(`/api/${resource}/status-counts`, ({ request }) => {
      const { status: _ignored, ...filter } = parseJsonParam<Record<string, unknown>>(
        new URL(request.url),
        'filter',
        {},
      );
      seen.push(filter);
      const matching = records.filter((record) => matches(record, filter));
      const byStatus = Object.fromEntries(
        statuses.map((status) => [status, matching.filter((record) => record.status === status).length]),
      );
      return HttpResponse.json({ all: matching.length, byStatus });
    }),
  );
  return seen;
}

const stamp = { createdAt: '2025-01-10T09:00:00.000Z', updatedAt: '2025-02-01T12:30:00.000Z', version: 1 };

export function makeCategory(overrides: Partial<Category> & { id: number }): Category {
  return {
    name: `Category ${overrides.id}`,
    slug: `category-${overrides.id}`,
    parentId: null,
    position: 0,
    ...stamp,
    ...overrides,
  };
}

export function makeProduct(overrides: Partial<Product> & { id: number }): Product {
  const sku = `SKU-${String(overrides.id).padStart(3, '0')}`;
  return {
    sku,
    name: `Product ${overrides.id}`,
    description: '',
    categoryId: null,
    price: 1000,
    cost: 500,
    status: 'active',
    barcode: null,
    imageUrl: null,
    weightGrams: 100,
    ...stamp,
    ...overrides,
  };
}

export function makeOrder(overrides: Partial<Order> & { id: number }): Order {
  const address = {
    name: 'Grete Berger',
    street: 'Hauptstr. 1',
    postalCode: '10115',
    city: 'Berlin',
    country: 'DE',
  };
  return {
    number: `K-${1000 + overrides.id}`,
    customerId: 1,
    status: 'pending',
    warehouseId: 1,
    shippingMethodId: 1,
    paymentMethodId: 1,
    items: [{ productId: 1, sku: 'SKU-001', name: 'Product 1', quantity: 2, unitPrice: 1000, discount: 0 }],
    subtotal: 2000,
    discountTotal: 0,
    shippingCharge: 490,
    shippingTotal: 490,
    taxTotal: 397,
    total: 2490,
    promotionIds: [],
    shippingAddress: address,
    placedAt: '2025-03-01T10:00:00.000Z',
    paidAt: null,
    shippedAt: null,
    deliveredAt: null,
    cancelledAt: null,
    refundedTotal: 0,
    holdFrom: null,
    timeline: [],
    ...stamp,
    ...overrides,
  };
}
