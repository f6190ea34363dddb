import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../csv';
import { addressCell, boolCell, dateCell, labelCell, moneyCell, separatorFor } from './cells';

describe('export cells', () => {
  it('writes cents as euros with the reader’s decimal mark, negative amounts unescaped', () => {
    expect(moneyCell(123456, 'en')).toEqual({ decimal: '1234.56' });
    expect(moneyCell(5, 'de')).toEqual({ decimal: '0,05' });
    expect(moneyCell(-150, 'de')).toEqual({ decimal: '-1,50' });
    expect(csvCell(moneyCell(-150, 'de'), ';')).toBe('-1,50');
    // Only a plain number passes unescaped: anything else in the shape is still text.
    expect(csvCell({ decimal: '=1+1' })).toBe('"{""decimal"":""=1+1""}"');
  });

  it('writes instants on the shop’s clock, across the change to summer time', () => {
    expect(dateCell('2026-03-29T00:30:00Z', 'en', 'Europe/Berlin')).toBe('2026-03-29 01:30');
    expect(dateCell('2026-03-29T01:30:00Z', 'en', 'Europe/Berlin')).toBe('2026-03-29 03:30');
    expect(dateCell('2026-12-31T23:30:00Z', 'de', 'Europe/Berlin')).toBe('01.01.2027 00:30');
    expect(dateCell('2026-12-31T23:30:00Z', 'en', 'UTC')).toBe('2026-12-31 23:30');
  });

  it('writes closed sets as words, and unknown values as they are', () => {
    expect(labelCell('order', 'partially_shipped', 'en')).toBe('Partially shipped');
    expect(labelCell('order', 'on_hold', 'de')).toBe('Angehalten');
    expect(labelCell('order', 'from_the_future', 'de')).toBe('from_the_future');
    expect(boolCell(true, 'de')).toBe('Ja');
    expect(boolCell(false, 'en')).toBe('No');
  });

  it('puts an address on one line and separates German cells with semicolons', () => {
    expect(
      addressCell({ name: 'Ada', street: 'Hauptstr. 1', postalCode: '10115', city: 'Berlin', country: 'DE' }),
    ).toBe('Ada, Hauptstr. 1, 10115 Berlin, DE');
    expect(addressCell(null)).toBe('');
    expect(separatorFor('de')).toBe(';');
    expect(toCsv(['a', 'b'], [['x;y', moneyCell(250, 'de')]], ';')).toBe('\uFEFFa;b\r\n"x;y";2,50\r\n');
  });
});
