/**
 * Generated coupon codes: a batch of unique codes for one promotion, stored in
 * `promotion-codes`, and their export as CSV. A promotion with a batch needs
 * one of its codes (or its own code) to apply.
 */
import { randomInt } from 'node:crypto';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import { toCsv } from '../../src/domain/csv';
import { formatMessage, type Locale } from '../../src/domain/messages';
import { MAX_CODES_PER_BATCH, type PromotionCode } from '../../src/domain/promotions';
import type { Promotion } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { RequestContext } from '../http/context';
import type { StoredRecord, WriteTransaction } from '../store/database';

const PREFIX_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/;
/** No 0/O or 1/I/L, so codes read aloud or typed from print survive. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RANDOM_LENGTH = 8;

export interface CodeBatchRequest {
  count: number;
  prefix: string;
}

export function parseCodeBatch(input: Record<string, unknown>): CodeBatchRequest {
  const problems: FieldProblems = {};
  const { count, prefix = '' } = input;
  if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_CODES_PER_BATCH) {
    problems.count = problem('errors.codeCount', { max: MAX_CODES_PER_BATCH });
  }
  const cleanPrefix = typeof prefix === 'string' ? prefix.trim() : null;
  if (cleanPrefix === null || (cleanPrefix !== '' && !PREFIX_PATTERN.test(cleanPrefix))) {
    problems.prefix = problem('errors.codePrefixPattern');
  }
  if (hasProblems(problems)) throw new DomainError(422, problem('errors.invalid'), problems);
  return { count: count as number, prefix: cleanPrefix!.toUpperCase() };
}

function randomPart(): string {
  let text = '';
  for (let i = 0; i < RANDOM_LENGTH; i += 1) text += ALPHABET[randomInt(ALPHABET.length)];
  return text;
}

/** Every code in use anywhere, lower-cased: generated ones and promotions' own. */
async function takenCodes(tx: WriteTransaction): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const c of await tx.all<PromotionCode & StoredRecord>('promotion-codes'))
    taken.add(c.code.toLowerCase());
  for (const p of await tx.all<Promotion & StoredRecord>('promotions'))
    if (p.code) taken.add(p.code.toLowerCase());
  return taken;
}

export async function generateCodes(
  tx: WriteTransaction,
  ctx: RequestContext,
  promotion: Promotion,
  request: CodeBatchRequest,
): Promise<string[]> {
  const taken = await takenCodes(tx);
  const codes: string[] = [];
  // 31^8 ≈ 850 billion codes per prefix: collisions are rare, so a bounded number of retries suffices.
  for (let attempts = 0; codes.length < request.count; attempts += 1) {
    if (attempts > request.count * 20) throw new DomainError(409, problem('errors.codeSpaceExhausted'));
    const code = request.prefix ? `${request.prefix}-${randomPart()}` : randomPart();
    if (taken.has(code.toLowerCase())) continue;
    taken.add(code.toLowerCase());
    codes.push(code);
  }
  for (const code of codes)
    await tx.insert('promotion-codes', { promotionId: promotion.id, code, usedAt: null });
  await recordAudit(tx, ctx, {
    action: 'bulk',
    resource: 'promotions',
    recordId: promotion.id,
    note: `generated ${codes.length} codes${request.prefix ? ` with prefix ${request.prefix}` : ''}`,
  });
  return codes;
}

/** A cell a spreadsheet will show as text: never run as a formula, quoted when needed (RFC 4180). */
export function codesCsv(codes: readonly Pick<PromotionCode, 'code' | 'usedAt'>[], locale: Locale): string {
  const header = [
    formatMessage(locale, 'promotions.csv.code'),
    formatMessage(locale, 'promotions.csv.usedAt'),
  ];
  return toCsv(
    header,
    codes.map((c) => [c.code, c.usedAt ?? '']),
  );
}
