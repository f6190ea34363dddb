import { describe, expect, it } from 'vitest';
import { defaultShippingMethod, shippingCharge } from './shipping';

const paket = { price: 490, freeShippingFrom: 5000 };
const express = { price: 1290, freeShippingFrom: null };

describe('shippingCharge', () => {
  it('is the method’s price below its free-shipping threshold and nothing from it on', () => {
    expect(shippingCharge(paket, 0)).toBe(490);
    expect(shippingCharge(paket, 4999)).toBe(490);
    expect(shippingCharge(paket, 5000)).toBe(0);
    expect(shippingCharge(paket, 123_456)).toBe(0);
  });

  it('never waives a method without a threshold', () => {
    expect(shippingCharge(express, 1_000_000)).toBe(1290);
  });

  it('charges nothing for a free method, and everything from a threshold of zero', () => {
    expect(shippingCharge({ price: 0, freeShippingFrom: null }, 100)).toBe(0);
    expect(shippingCharge({ price: 490, freeShippingFrom: 0 }, 0)).toBe(0);
  });
});

describe('defaultShippingMethod', () => {
  it('is the active method with the lowest id, whatever order they come in', () => {
    const methods = [
      { id: 3, active: true },
      { id: 1, active: false },
      { id: 2, active: true },
    ];
    expect(defaultShippingMethod(methods)?.id).toBe(2);
  });

  it('is null when no method is active', () => {
    expect(defaultShippingMethod([{ id: 1, active: false }])).toBeNull();
    expect(defaultShippingMethod([])).toBeNull();
  });
});
