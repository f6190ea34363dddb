/**
 * Parcel carriers are records an admin keeps (Settings → Carriers): what their
 * tracking numbers look like and where a customer follows a parcel. Shipments
 * validate numbers and build links from those records; the carriers below are
 * only what a new shop starts with (the seed).
 */
import safeRegex from 'safe-regex2';

export interface CarrierRules {
  name: string;
  /** A regular expression a whole tracking number must match; null accepts any number. */
  trackingPattern: string | null;
  /** An https address with `{number}` where the tracking number goes; null for no link. */
  trackingUrlTemplate: string | null;
}

/** German parcel carriers as a shop starts with them. */
export const DEFAULT_CARRIERS: readonly CarrierRules[] = [
  // Parcel numbers are 12 digits; shipments booked via the newer labels read JJD + 18 digits.
  {
    name: 'DHL',
    trackingPattern: '\\d{12}|JJD\\d{18}',
    trackingUrlTemplate: 'https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode={number}',
  },
  {
    name: 'DPD',
    trackingPattern: '\\d{14}',
    trackingUrlTemplate: 'https://tracking.dpd.de/status/de_DE/parcel/{number}',
  },
  {
    name: 'GLS',
    trackingPattern: '\\d{11}',
    trackingUrlTemplate: 'https://gls-group.com/DE/de/paketverfolgung?match={number}',
  },
  {
    name: 'UPS',
    trackingPattern: '1Z[0-9A-Z]{16}',
    trackingUrlTemplate: 'https://www.ups.com/track?loc=de_DE&tracknum={number}',
  },
  {
    name: 'Hermes',
    trackingPattern: '\\d{14}',
    trackingUrlTemplate: 'https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{number}',
  },
];

export const NUMBER_PLACEHOLDER = '{number}';

const compiled = new Map<string, RegExp | null>();

/** The pattern anchored to the whole number; null when it does not compile. */
export function compilePattern(pattern: string): RegExp | null {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    try {
      regex = new RegExp(`^(?:${pattern})$`);
    } catch {
      regex = null;
    }
    compiled.set(pattern, regex);
  }
  return regex;
}

/**
 * Whether checking a number against the pattern takes time in proportion to
 * the number's length: a repetition inside a repetition, like (a+)+, can
 * backtrack for minutes on a few dozen characters, and the API checks every
 * tracking number a warehouse worker enters. safe-regex2 (fastify's) finds
 * those by the pattern's star height.
 */
export function isSafePattern(pattern: string): boolean {
  const regex = compilePattern(pattern);
  return regex !== null && safeRegex(regex);
}

/** What people paste ("1z 999 aa1…") in the form the patterns expect. */
export function normalizeTrackingNumber(trackingNumber: string): string {
  return trackingNumber.replace(/\s+/g, '').toUpperCase();
}

/** Exact check: normalise user input first. */
export function fitsCarrier(carrier: Pick<CarrierRules, 'trackingPattern'>, trackingNumber: string): boolean {
  if (trackingNumber === '') return false;
  if (carrier.trackingPattern === null) return true;
  return compilePattern(carrier.trackingPattern)?.test(trackingNumber) ?? false;
}

/** The carrier's public tracking page for a parcel, or null when the carrier has none. */
export function trackingLink(
  carrier: Pick<CarrierRules, 'trackingUrlTemplate'> | undefined,
  trackingNumber: string,
): string | null {
  if (!carrier?.trackingUrlTemplate) return null;
  return carrier.trackingUrlTemplate.replace(NUMBER_PLACEHOLDER, encodeURIComponent(trackingNumber));
}
