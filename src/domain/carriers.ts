/**
 * Parcel carriers: what their tracking numbers look like and where a customer
 * follows a parcel. Shared by the API (validation) and the console (links).
 */
import { CARRIERS, type Carrier } from './types';

export const CARRIER_TRACKING_PATTERNS: Readonly<Record<Carrier, RegExp>> = {
  // Parcel numbers are 12 digits; shipments booked via the newer labels read JJD + 18 digits.
  DHL: /^(?:\d{12}|JJD\d{18})$/,
  DPD: /^\d{14}$/,
  GLS: /^\d{11}$/,
  UPS: /^1Z[0-9A-Z]{16}$/,
  Hermes: /^\d{14}$/,
};

const TRACKING_URLS: Readonly<Record<Carrier, (encoded: string) => string>> = {
  DHL: (nr) => `https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode=${nr}`,
  DPD: (nr) => `https://tracking.dpd.de/status/de_DE/parcel/${nr}`,
  GLS: (nr) => `https://gls-group.com/DE/de/paketverfolgung?match=${nr}`,
  UPS: (nr) => `https://www.ups.com/track?loc=de_DE&tracknum=${nr}`,
  Hermes: (nr) => `https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#${nr}`,
};

export function isCarrier(value: unknown): value is Carrier {
  return typeof value === 'string' && (CARRIERS as readonly string[]).includes(value);
}

/** What people paste ("1z 999 aa1…") in the form the patterns expect. */
export function normalizeTrackingNumber(trackingNumber: string): string {
  return trackingNumber.replace(/\s+/g, '').toUpperCase();
}

/** Exact check: normalise user input first. Unknown carriers have no valid numbers. */
export function isValidTrackingNumber(carrier: string, trackingNumber: string): boolean {
  return isCarrier(carrier) && CARRIER_TRACKING_PATTERNS[carrier].test(trackingNumber);
}

/** The carrier's public tracking page for a parcel. */
export function trackingUrl(carrier: Carrier, trackingNumber: string): string {
  return TRACKING_URLS[carrier](encodeURIComponent(trackingNumber));
}
