import { describe, expect, it } from 'vitest';
import { carrierInput } from './contract/admin';
import {
  isSafePattern,
  compilePattern,
  DEFAULT_CARRIERS,
  fitsCarrier,
  normalizeTrackingNumber,
  trackingLink,
  type CarrierRules,
} from './carriers';

const CARRIERS = ['DHL', 'DPD', 'GLS', 'UPS', 'Hermes'] as const;
type Carrier = (typeof CARRIERS)[number];
const carrier = (name: string): CarrierRules => DEFAULT_CARRIERS.find((c) => c.name === name)!;
const isValidTrackingNumber = (name: string, nr: string) =>
  DEFAULT_CARRIERS.some((c) => c.name === name) && fitsCarrier(carrier(name), nr);
const trackingUrl = (name: string, nr: string) => trackingLink(carrier(name), nr)!;

const VALID: Record<Carrier, string[]> = {
  DHL: ['003404341234', 'JJD000390007123456789'],
  DPD: ['01234567890123'],
  GLS: ['12345678901'],
  UPS: ['1Z999AA10123456784'],
  Hermes: ['12345678901234'],
};

const INVALID: Record<Carrier, string[]> = {
  DHL: [
    '00340434123',
    '0034043412345',
    'JJD00039000712345678',
    'jjd000390007123456789',
    '1Z999AA10123456784',
  ],
  DPD: ['0123456789012', '012345678901234', '0123456789012A'],
  GLS: ['1234567890', '123456789012', 'ABCDEFGHIJK'],
  UPS: [
    '1Z999AA1012345678',
    '1Z999AA101234567845',
    '1z999aa10123456784',
    '2Z999AA10123456784',
    '1Z999AA1012345678-',
  ],
  Hermes: ['1234567890123', '123456789012345', 'H1234567890123'],
};

describe('isValidTrackingNumber', () => {
  it('has a pattern that compiles for every carrier a shop starts with', () => {
    expect(DEFAULT_CARRIERS.map((c) => c.name)).toEqual([...CARRIERS]);
    for (const c of DEFAULT_CARRIERS) expect(compilePattern(c.trackingPattern!), c.name).not.toBeNull();
  });

  it('accepts any number for a carrier without a pattern, and refuses a broken pattern', () => {
    expect(fitsCarrier({ trackingPattern: null }, 'ANYTHING-1')).toBe(true);
    expect(fitsCarrier({ trackingPattern: null }, '')).toBe(false);
    expect(fitsCarrier({ trackingPattern: '(' }, '1')).toBe(false);
    expect(compilePattern('(')).toBeNull();
  });

  it.each(CARRIERS)('accepts well-formed %s numbers', (carrier) => {
    for (const nr of VALID[carrier]) expect(isValidTrackingNumber(carrier, nr), nr).toBe(true);
  });

  it.each(CARRIERS)('rejects malformed %s numbers', (carrier) => {
    for (const nr of INVALID[carrier]) expect(isValidTrackingNumber(carrier, nr), nr).toBe(false);
  });

  it('rejects numbers with surrounding spaces until normalised', () => {
    expect(isValidTrackingNumber('UPS', ' 1z 999 aa1 0123456784 ')).toBe(false);
    expect(isValidTrackingNumber('UPS', normalizeTrackingNumber(' 1z 999 aa1 0123456784 '))).toBe(true);
  });

  it('rejects unknown carriers', () => {
    expect(isValidTrackingNumber('FedEx', '12345678901')).toBe(false);
    expect(isValidTrackingNumber('dhl', '003404341234')).toBe(false);
  });
});

describe('trackingUrl', () => {
  it.each(CARRIERS)('links %s numbers to an https page that carries the number', (carrier) => {
    const nr = VALID[carrier][0] ?? '';
    const url = new URL(trackingUrl(carrier, nr));
    expect(url.protocol).toBe('https:');
    expect(url.href).toContain(nr);
  });

  it('points each carrier at its own site', () => {
    const hosts = CARRIERS.map((carrier) => new URL(trackingUrl(carrier, '1')).hostname);
    expect(hosts).toEqual([
      'www.dhl.de',
      'tracking.dpd.de',
      'gls-group.com',
      'www.ups.com',
      'www.myhermes.de',
    ]);
  });

  it('escapes characters that would break the URL', () => {
    expect(trackingUrl('GLS', 'a&b=c')).toContain('a%26b%3Dc');
  });
});

describe('isSafePattern', () => {
  it('accepts every pattern a shop starts with', () => {
    for (const carrier of DEFAULT_CARRIERS)
      if (carrier.trackingPattern) expect(isSafePattern(carrier.trackingPattern), carrier.name).toBe(true);
  });

  it('refuses a repetition inside a repetition, which backtracks for ever on a near miss', () => {
    for (const pattern of ['(a+)+', '([0-9]*)*X', '(?:\\d{2,})+Z'])
      expect(isSafePattern(pattern), pattern).toBe(false);
  });

  it('is what the carrier form checks, with a message saying what to write instead', () => {
    const result = carrierInput.safeParse({ name: 'Slow Post', trackingPattern: '(a+)+$' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['errors.carrierPatternUnsafe']);
    expect(carrierInput.safeParse({ name: 'Quick Post', trackingPattern: '[0-9A-Z]{10,20}' }).success).toBe(
      true,
    );
  });
});
