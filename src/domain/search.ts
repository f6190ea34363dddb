/**
 * The one search box: what each kind of record is found by and how a hit
 * reads. Codes people type or scan (SKU, EAN, order number, tracking number,
 * promotion code) match exactly first; names and e-mails match as substrings.
 * The API answers from indexes built on these rules (mock-api/search).
 */
import type { CollectionName } from './resources';

export const SEARCH_KINDS = ['products', 'orders', 'customers', 'shipments', 'promotions'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number] & CollectionName;

/** Hits per kind in one answer: enough to pick from, few enough to scan with the eye. */
export const HITS_PER_KIND = 5;
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;

type Row = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** Codes compare without case and spaces: "1z 999 aa1…" finds "1Z999AA1…". */
export function normalizeCode(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

export function normalizeText(text: string): string {
  return text.trim().toLocaleLowerCase('de');
}

export interface SearchRule {
  /** Codes that find the record when typed or scanned whole. */
  codes(row: Row): string[];
  /** Text that finds it when any part of it is typed. */
  text(row: Row): string;
  title(row: Row): string;
  subtitle(row: Row): string;
}

export const SEARCH_RULES: Record<SearchKind, SearchRule> = {
  products: {
    codes: (row) => [str(row.sku), str(row.barcode)].filter(Boolean),
    text: (row) => `${str(row.name)} ${str(row.sku)}`,
    title: (row) => str(row.name),
    subtitle: (row) => [str(row.sku), str(row.barcode)].filter(Boolean).join(' · '),
  },
  orders: {
    codes: (row) => [str(row.number)],
    text: (row) => str(row.number),
    title: (row) => str(row.number),
    subtitle: (row) => str((row.shippingAddress as Row | undefined)?.name),
  },
  customers: {
    codes: () => [],
    text: (row) => `${str(row.firstName)} ${str(row.lastName)} ${str(row.email)}`,
    title: (row) => `${str(row.firstName)} ${str(row.lastName)}`.trim(),
    subtitle: (row) => str(row.email),
  },
  shipments: {
    codes: (row) => [str(row.trackingNumber)],
    text: () => '',
    title: (row) => str(row.trackingNumber),
    subtitle: (row) => str(row.carrier),
  },
  promotions: {
    codes: (row) => [str(row.code)].filter(Boolean),
    text: (row) => `${str(row.name)} ${str(row.code)}`,
    title: (row) => str(row.name),
    subtitle: (row) => str(row.code),
  },
};

/** A query that looks scanned: a burst of digits or a code without spaces, opened directly when it matches one record. */
export function looksScanned(query: string): boolean {
  return /^[0-9A-Z-]{6,}$/i.test(query.trim());
}
