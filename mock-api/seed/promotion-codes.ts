/**
 * A batch of generated single-use coupon codes for one promotion. Customers
 * get them in id order (one each, as a newsletter would send them); an order
 * that redeems one marks it used at the moment it was placed.
 */
import { indexBatchCodes, type BatchCodes } from '../../src/domain/pricing';
import type { PromotionCode } from '../../src/domain/promotions';
import type { Id } from '../../src/domain/types';
import type { CodeBatchTerms } from './promotion-templates';
import type { Random } from './random';
import { iso } from './time';

/** The API's format (mock-api/promotions/codes.ts): prefix, dash, 8 characters without 0/O or 1/I/L. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RANDOM_LENGTH = 8;

interface Entry {
  code: string;
  usedAt: number | null;
}

function randomPart(rng: Random): string {
  let text = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) text += ALPHABET.charAt(Math.floor(rng.next() * ALPHABET.length));
  return text;
}

export class CodeBatch {
  private readonly entries: Entry[] = [];
  private handedOut = 0;
  private index: BatchCodes;

  constructor(
    rng: Random,
    readonly promotionId: Id,
    /** When the batch was generated: before that no order can use it. */
    readonly createdAt: number,
    readonly terms: CodeBatchTerms,
  ) {
    const taken = new Set<string>();
    while (taken.size < terms.count) taken.add(`${terms.prefix}-${randomPart(rng)}`);
    this.entries = [...taken].map((code) => ({ code, usedAt: null }));
    this.index = this.reindex();
  }

  /** The batch as the pricing engine reads it at `at`; undefined before it existed. */
  codesAt(at: number): BatchCodes | undefined {
    return at >= this.createdAt ? this.index : undefined;
  }

  /** The code the next customer would get, if the batch exists at `at` and one is left. */
  nextCodeAt(at: number): string | null {
    return at >= this.createdAt ? (this.entries[this.handedOut]?.code ?? null) : null;
  }

  /** Marks the code `nextCodeAt` gave as redeemed by an order placed at `at`. */
  redeemNext(at: number): void {
    const entry = this.entries[this.handedOut];
    if (!entry) throw new Error(`promotion ${this.promotionId}: no code left to redeem`);
    entry.usedAt = at;
    this.handedOut += 1;
    this.index = this.reindex();
  }

  records(firstId: Id): PromotionCode[] {
    return this.entries.map((entry, i) => ({
      id: firstId + i,
      createdAt: iso(this.createdAt),
      updatedAt: iso(entry.usedAt ?? this.createdAt),
      version: 1,
      promotionId: this.promotionId,
      code: entry.code,
      usedAt: entry.usedAt === null ? null : iso(entry.usedAt),
    }));
  }

  private reindex(): BatchCodes {
    return indexBatchCodes(
      this.entries.map(({ code, usedAt }) => ({
        promotionId: this.promotionId,
        code,
        usedAt: usedAt === null ? null : iso(usedAt),
      })),
    );
  }
}
