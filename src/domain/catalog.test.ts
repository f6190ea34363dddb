import { describe, expect, it } from 'vitest';
import { changedPrice, formatMoneyPlain, parseMoney, roundPrice } from './catalog';

describe('bulk price arithmetic', () => {
  it('rounds to charm prices around the nearest euro', () => {
    expect(roundPrice(1234, '99')).toBe(1199);
    expect(roundPrice(1260, '99')).toBe(1299);
    expect(roundPrice(1260, '95')).toBe(1295);
    expect(roundPrice(1249, 'whole')).toBe(1200);
    expect(roundPrice(20, '99')).toBe(99);
    expect(roundPrice(1234.4, 'none')).toBe(1234);
  });

  it('changes by percentage or amount and never below zero', () => {
    expect(changedPrice(1000, { mode: 'percent', value: 10, rounding: 'none' })).toBe(1100);
    expect(changedPrice(1999, { mode: 'percent', value: -50, rounding: '99' })).toBe(999);
    expect(changedPrice(500, { mode: 'amount', value: -700, rounding: 'none' })).toBe(0);
    expect(changedPrice(1000, { mode: 'amount', value: 250, rounding: 'whole' })).toBe(1300);
  });
});

describe('money text', () => {
  it.each([
    ['12.99', 1299],
    ['12,99', 1299],
    ['1.299,00', 129900],
    ['1,299.00', 129900],
    ['€ 5', 500],
    ['0,5', 50],
    ['12', 1200],
  ])('parses %s as %i cents', (text, cents) => {
    expect(parseMoney(text)).toBe(cents);
  });

  it('refuses text that is not an amount', () => {
    expect(parseMoney('zwölf')).toBeNull();
    expect(parseMoney('')).toBeNull();
  });

  it('formats cents as plain euros for CSV', () => {
    expect(formatMoneyPlain(1299)).toBe('12.99');
    expect(formatMoneyPlain(5)).toBe('0.05');
    expect(formatMoneyPlain(-150)).toBe('-1.50');
  });
});
