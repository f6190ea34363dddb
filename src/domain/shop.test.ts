import { describe, expect, it } from 'vitest';
import { shopSettingsPatch } from './contract/admin';
import { formatMessage } from './messages';
import { addressLines, DEFAULT_SHOP_SETTINGS, initialShopSettings, validateShopSettings } from './shop';
import { canonicalTimeZone } from './time';

const says = (
  problems: ReturnType<typeof validateShopSettings>,
  field: string,
  locale: 'en' | 'de' = 'en',
) => {
  const found = problems[field];
  return found ? formatMessage(locale, found.key, found.params) : undefined;
};

describe('canonicalTimeZone', () => {
  it('knows IANA names in any case and gives their canonical spelling', () => {
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('europe/vienna')).toBe('Europe/Vienna');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('America/Argentina/Buenos_Aires')).not.toBeNull();
  });

  it('refuses unknown zones, offsets, and text that is not a zone name', () => {
    for (const zone of [
      'Europe/Atlantis',
      'Mars/Olympus_Mons',
      '+01:00',
      'GMT+1 ',
      '',
      '../etc',
      'Europe//Berlin',
    ])
      expect(canonicalTimeZone(zone), zone).toBeNull();
  });
});

describe('validateShopSettings', () => {
  it('accepts a whole change and stores the zone canonically and the address as trimmed lines', () => {
    expect(
      validateShopSettings({
        name: 'Muster Shop',
        address: 'Muster GmbH\nHauptstr. 1\n10115 Berlin',
        timeZone: 'Europe/Vienna',
        currencyDisplay: 'code',
        serviceLevelHours: 24,
      }),
    ).toEqual({});
    const parsed = shopSettingsPatch.parse({ timeZone: 'europe/vienna', address: '  A \r\n\n B  \n' });
    expect(parsed).toEqual({ timeZone: 'Europe/Vienna', address: 'A\nB' });
  });

  it('names an unknown time zone and says what a good one looks like, in English and German', () => {
    const problems = validateShopSettings({ timeZone: 'Mars/Olympus' });
    expect(says(problems, 'timeZone')).toBe(
      '"Mars/Olympus" is not a time zone Kontor knows. Use an IANA name such as Europe/Berlin, Europe/Vienna or UTC.',
    );
    expect(says(problems, 'timeZone', 'de')).toMatch(/^„Mars\/Olympus“ ist keine Zeitzone/);
  });

  it('refuses null, an empty name, a display it does not offer, too many address lines, no dispatch promise', () => {
    expect(says(validateShopSettings({ name: null }), 'name')).toMatch(/empty|null/i);
    expect(says(validateShopSettings({ name: '   ' }), 'name')).toBe('This field is required.');
    expect(says(validateShopSettings({ currencyDisplay: 'words' }), 'currencyDisplay')).toMatch(
      /symbol, code/,
    );
    expect(says(validateShopSettings({ address: Array(7).fill('line').join('\n') }), 'address')).toBe(
      'Use at most 6 lines of at most 100 characters each.',
    );
    expect(says(validateShopSettings({ serviceLevelHours: 0 }), 'serviceLevelHours')).toBeDefined();
  });
});

describe('initial settings', () => {
  it('take the time zone and dispatch promise the environment gives, and the defaults for the rest', () => {
    expect(initialShopSettings({ timeZone: 'Europe/Vienna', serviceLevelHours: 24 })).toEqual({
      ...DEFAULT_SHOP_SETTINGS,
      timeZone: 'Europe/Vienna',
      serviceLevelHours: 24,
    });
    expect(addressLines(DEFAULT_SHOP_SETTINGS)).toHaveLength(4);
    expect(addressLines(undefined)).toEqual([]);
  });
});
