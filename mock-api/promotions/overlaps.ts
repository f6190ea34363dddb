/**
 * Which other promotions meet a promotion (overlap in time and targeting) and
 * how each pair combines — the warning the edit form shows on saving. Works for
 * a stored promotion and for a form's unsaved values alike.
 */
import { formatMessage, type Locale } from '../../src/domain/messages';
import {
  byPrecedence,
  describeCombination,
  overlaps,
  promotionStatus,
  type Combination,
  type PromotionCode,
  type PromotionStatus,
} from '../../src/domain/promotions';
import type { PromotionTerms } from '../../src/domain/pricing';
import type { Category, Product, Promotion } from '../../src/domain/types';
import type { RecordReader, StoredRecord } from '../store/database';

export interface OverlapEntry {
  promotion: Promotion & { status: PromotionStatus };
  combination: Combination & { text: string };
}

export async function findOverlaps(
  tx: RecordReader,
  subject: PromotionTerms,
  locale: Locale,
  now: Date,
): Promise<OverlapEntry[]> {
  const catalog = {
    categories: await tx.all<Category & StoredRecord>('categories'),
    products: await tx.all<Product & StoredRecord>('products'),
  };
  const batched = new Set<number>();
  for (const c of await tx.all<PromotionCode & StoredRecord>('promotion-codes')) batched.add(c.promotionId);
  const needsCode = (p: PromotionTerms) => p.code !== null || batched.has(p.id);
  return (await tx.all<Promotion & StoredRecord>('promotions'))
    .filter((other) => overlaps(subject, other, catalog))
    .sort(byPrecedence)
    .map((other) => {
      const combination = describeCombination(subject, other, needsCode);
      return {
        promotion: { ...other, status: promotionStatus(other, now) },
        combination: {
          ...combination,
          text: formatMessage(locale, combination.explanation.key, combination.explanation.params),
        },
      };
    });
}
