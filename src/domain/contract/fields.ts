/**
 * The building blocks of every request and record schema. Bounds come from
 * ./limits; a message key passed as a check's message (`'errors.skuPattern'`)
 * is what ./problems reports, every other issue gets the generic wording.
 */
import * as z from 'zod';
import type { MessageParam } from '../messages';
import {
  MAX_CODE_LENGTH,
  MAX_IDS,
  MAX_MONEY_CENTS,
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUANTITY,
} from './limits';

/** A whole number; anything else (text, 2.5) reads "Must be a whole number." */
export function whole() {
  return z.number({ error: (issue) => (issue.code === 'invalid_type' ? 'errors.integer' : undefined) }).int();
}

/** A record id: a positive whole number the server assigned. */
export const id = whole().min(1).max(Number.MAX_SAFE_INTEGER);
export const nullableId = id.nullable();
export const ids = z.array(id).max(MAX_IDS);

/** Text a person types: trimmed, bounded; `min(1)` after trimming makes it required. */
export function text(max: number = MAX_NAME_LENGTH) {
  return z.string().trim().max(max);
}
export function requiredText(max: number = MAX_NAME_LENGTH) {
  return z.string().trim().min(1).max(max);
}
export const note = text(MAX_NOTE_LENGTH);

/** A code that must match a pattern; `key` names the message that explains the pattern. */
export function code(pattern: RegExp, key: string, max: number = MAX_CODE_LENGTH) {
  return z.string().trim().min(1).max(max).regex(pattern, key);
}

/** Money in integer cents (EUR). */
export const cents = whole().min(0).max(MAX_MONEY_CENTS);
/** A signed amount in cents, for figures that may be negative (a balance). */
export const signedCents = z
  .number()
  .int()
  .min(-MAX_MONEY_CENTS * 1000)
  .max(MAX_MONEY_CENTS * 1000);
/** Units of a product on one line: at least one. */
export const quantity = whole().min(1).max(MAX_QUANTITY);
/** Units on a shelf or counted: zero or more. */
export const stockQuantity = whole().min(0).max(MAX_QUANTITY);
/** A whole number as stored in a record (counts, balances): no bound beyond safe integers. */
export const count = whole().min(0).max(Number.MAX_SAFE_INTEGER);
export const integer = whole().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** A moment as ISO 8601 with a time zone (`2025-03-01T10:00:00Z`, `…+01:00`). */
export const isoDateTime = z.iso.datetime({ offset: true, error: 'errors.notADate' });
export const nullableDateTime = isoDateTime.nullable();

/** The version a client saw; any other than the record's is refused with 409. */
export const version = whole().min(0).max(Number.MAX_SAFE_INTEGER);

/** A check's message: a key from src/domain/messages with fixed parameters, read back by ./problems. */
export function message(key: string, params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return query ? `${key}?${query}` : key;
}

/** What every stored record carries. */
export const baseRecord = {
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  version,
};

/** Bounded line lists: `min(1)` reports "no lines" through ./problems. */
export function lines<T extends z.ZodType>(line: T, max: number) {
  return z.array(line).min(1, 'errors.noLines').max(max);
}

export { z };
export { MAX_NOTE_LENGTH };

/** A message parameter: a literal, a word translated in the reader's language (`{ t: key }`), or a list of those. */
export const messageParam: z.ZodType<MessageParam> = z
  .lazy(() =>
    z.union([
      z.string(),
      z.number(),
      z.object({ t: z.string(), params: z.record(z.string(), messageParam).optional() }),
      z.array(messageParam),
    ]),
  )
  .meta({ id: 'MessageParam' });
/** A refusal or explanation as a message key with parameters (src/domain/messages). */
export const problemSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), messageParam).optional(),
});
