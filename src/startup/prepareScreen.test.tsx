import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareScreen } from '../Console';
import { listParamsFor } from './prefetch';
import { queryClient } from '../providers/queryClient';
import { signInAs } from '../test/renderWithAdmin';
import { server, TEST_SHOP_SETTINGS } from '../test/server';
import { SHOP_SETTINGS_ID } from '../domain/shop';

const ORDER = { id: 7, number: 'KON-0007', status: 'paid', total: 1999 };
const firstPageKey = () => ['orders', 'getList', listParamsFor('orders', '')];

/** Answers the orders list only when the test says so. */
function holdOrdersAnswer() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  server.use(
    http.get('/api/orders', async () => {
      asked = true;
      await released;
      return HttpResponse.json([ORDER], { headers: { 'Content-Range': 'orders 0-0/1' } });
    }),
  );
  return { release, asked: () => asked };
}

const settled = <T,>(promise: Promise<T>) => {
  const state = { done: false };
  void promise.then(() => (state.done = true));
  return state;
};

beforeAll(async () => {
  signInAs('manager');
  // The screen's code, loaded once, so the tests below wait on data only.
  server.use(
    http.get('/api/orders', () => HttpResponse.json([], { headers: { 'Content-Range': 'orders */0' } })),
  );
  await prepareScreen('#/orders');
}, 60_000);

afterEach(() => queryClient.clear());

describe('prepareScreen', () => {
  it('waits for the first page, so the list renders once, with its rows', async () => {
    signInAs('manager');
    const answer = holdOrdersAnswer();
    const prepared = prepareScreen('#/orders');
    const state = settled(prepared);
    await expect.poll(answer.asked).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(state.done).toBe(false);
    answer.release();
    await prepared;
    expect(queryClient.getQueryData(firstPageKey())).toMatchObject({ data: [ORDER], total: 1 });
    // What every screen formats money and dates with comes along, under the key useGetOne reads.
    expect(
      queryClient.getQueryData([
        'shop-settings',
        'getOne',
        { id: String(SHOP_SETTINGS_ID), meta: undefined },
      ]),
    ).toMatchObject(TEST_SHOP_SETTINGS);
  });

  it('does not hold the console back for an answer that does not come: the list shows its loading state', async () => {
    signInAs('manager');
    const answer = holdOrdersAnswer();
    await prepareScreen('#/orders');
    expect(queryClient.getQueryData(firstPageKey())).toBeUndefined();
    answer.release();
  });
});
