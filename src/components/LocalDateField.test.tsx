import { describe, expect, it } from 'vitest';
import { formatDate } from './LocalDateField';

const AT = '2025-03-01T11:05:00.000Z';

describe('formatDate', () => {
  it('writes a date as the language writes it, with or without the time', () => {
    expect(formatDate(AT, 'de')).toBe(
      new Date(AT).toLocaleString('de', { dateStyle: 'medium', timeStyle: 'short' }),
    );
    expect(formatDate(AT, 'en', false)).toBe(new Date(AT).toLocaleString('en', { dateStyle: 'medium' }));
    expect(formatDate(AT, 'de', false)).not.toBe(formatDate(AT, 'en', false));
  });

  it('writes nothing for no date or one that is not a date', () => {
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('', 'en')).toBe('');
    expect(formatDate('soon', 'en')).toBe('');
  });
});
