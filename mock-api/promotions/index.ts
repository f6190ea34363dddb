/**
 * The promotion endpoints beyond plain REST, mounted before the generic bridge.
 * Every write is one transaction with its audit entry.
 *
 *   POST /promotions/simulate        { items: [{ productId, quantity }], code?, at?, customerId?, shipping?, promotion? }
 *                                    → 200 PriceResult & { at, baseline? }
 *   POST /promotions/overlaps        { …unsaved promotion fields, id? } → 200 OverlapEntry[]
 *   GET  /promotions/:id/overlaps    → 200 OverlapEntry[]
 *   POST /promotions/:id/pause       { version? } → 200 Promotion   (409 if already paused)
 *   POST /promotions/:id/resume      { version? } → 200 Promotion   (409 if not paused)
 *   POST /promotions/:id/codes       { count: 1–10000, prefix? } → 201 { promotionId, count, prefix, codes }
 *   GET  /promotions/:id/codes.csv   → 200 text/csv
 *   GET  /promotions/:id/performance → 200 PromotionPerformance
 */
import type { Response } from 'express';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import type { PromotionCode } from '../../src/domain/promotions';
import type { Promotion } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { Handler } from '../http/mount';
import { checkVersion, findOr404, present } from '../rest/bridge';
import type { Database, RecordReader, StoredRecord } from '../store/database';
import { codesCsv, generateCodes, parseCodeBatch } from './codes';
import { findOverlaps } from './overlaps';
import { promotionPerformance } from './performance';
import { promotionRules } from './resources';
import { parseCandidate, parseSimulateRequest, simulate } from './simulate';

type PromotionEndpoint =
  | 'simulatePromotions'
  | 'checkPromotionOverlaps'
  | 'promotionOverlaps'
  | 'pausePromotion'
  | 'resumePromotion'
  | 'generatePromotionCodes'
  | 'promotionCodesCsv'
  | 'promotionPerformance';

export function promotionsHandlers(db: Database): Record<PromotionEndpoint, Handler> {
  const find = async (reader: RecordReader, id: unknown) =>
    (await findOr404(reader, promotionRules, id)) as unknown as Promotion & StoredRecord;
  const show = (record: StoredRecord, res: Response) => present(db, promotionRules, record, res);

  const setPaused =
    (paused: boolean): Handler =>
    async ({ params, body, ctx, res }) => {
      const updated = await db.transact(async (tx) => {
        const existing = await find(tx, params.id);
        checkVersion(body, existing);
        if (existing.paused === paused) {
          throw new DomainError(
            409,
            problem(paused ? 'errors.promotionAlreadyPaused' : 'errors.promotionNotPaused'),
          );
        }
        const record = await tx.update('promotions', existing.id, { paused });
        await recordAudit(tx, ctx, {
          action: 'update',
          resource: 'promotions',
          recordId: existing.id,
          before: existing,
          after: record,
          note: paused ? 'paused' : 'resumed',
        });
        return record;
      });
      return show(updated, res);
    };

  return {
    simulatePromotions: ({ body, ctx }) =>
      db.transact(async (tx) => simulate(tx, ctx, await parseSimulateRequest(body, tx, db.now()))),
    checkPromotionOverlaps: ({ body, ctx }) =>
      db.transact(async (tx) => {
        const problems: FieldProblems = {};
        const candidate = await parseCandidate(body, tx, problems, '');
        if (hasProblems(problems) || !candidate)
          throw new DomainError(422, problem('errors.invalid'), problems);
        return findOverlaps(tx, candidate, ctx.locale, db.now());
      }),
    promotionOverlaps: ({ params, ctx }) =>
      db.transact(async (tx) => findOverlaps(tx, await find(tx, params.id), ctx.locale, db.now())),
    pausePromotion: setPaused(true),
    resumePromotion: setPaused(false),
    generatePromotionCodes: async ({ params, body, ctx }) => {
      const request = parseCodeBatch(body);
      const { promotion, codes } = await db.transact(async (tx) => {
        const promotion = await find(tx, params.id);
        return { promotion, codes: await generateCodes(tx, ctx, promotion, request) };
      });
      return { promotionId: promotion.id, count: codes.length, prefix: request.prefix, codes };
    },
    promotionCodesCsv: async ({ params, ctx, res }) => {
      const promotion = await find(db, params.id);
      const codes = await db.findBy<PromotionCode>('promotion-codes', 'promotionId', promotion.id);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="promotion-${promotion.id}-codes.csv"`);
      res.send(codesCsv(codes, ctx.locale));
    },
    promotionPerformance: ({ params }) =>
      db.transact(async (tx) => promotionPerformance(tx, await find(tx, params.id), db.now())),
  };
}
