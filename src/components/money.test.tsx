import { describe, expect, it } from 'vitest';
import { centsToText, formatCents, parseMoneyText } from './money';

describe('parseMoneyText', () => {
  it.each([
    ['12', 1200],
    ['12.5', 1250],
    ['12,50', 1250],
    ['0,05', 5],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['1.234', 123400],
    [' 7 € ', 700],
    ['-3,20', -320],
  ])('reads "%s" as %i cents', (text, cents) => {
    expect(parseMoneyText(text)).toEqual({ ok: true, cents });
  });

  it('reads an empty field as no amount', () => {
    expect(parseMoneyText('  ')).toEqual({ ok: true, cents: null });
  });

  it.each(['abc', '12.345.6', '1.2.3', '12,5x', '--1'])('rejects "%s"', (text) => {
    expect(parseMoneyText(text)).toEqual({ ok: false });
  });
});

describe('money formatting', () => {
  it('formats cents as EUR in the console language', () => {
    expect(formatCents(123456, 'en')).toBe('€1,234.56');
    expect(formatCents(123456, 'de')).toBe('1.234,56\u00a0€');
  });

  it('gives editable text that parses back to the same cents', () => {
    for (const locale of ['en', 'de']) {
      for (const cents of [0, 5, 1250, 123456]) {
        expect(parseMoneyText(centsToText(cents, locale))).toEqual({ ok: true, cents });
      }
    }
    expect(centsToText(123456, 'de')).toBe('1234,56');
    expect(centsToText(null, 'en')).toBe('');
  });
});
