/**
 * The promotion endpoints beyond plain REST, mounted before the generic bridge.
 * Every write is one transaction with its audit entry.
 *
 *   POST /promotions/simulate        { items: [{ productId, quantity }], code?, at?, customerId?, shipping?, promotion? }
 *                                    → 200 PriceResult & { at, baseline? }
 *   GET  /promotions/status-counts   → 200 { draft, scheduled, active, paused, expired, exhausted }
 *   POST /promotions/overlaps        { …unsaved promotion fields, id? } → 200 OverlapEntry[]
 *   GET  /promotions/:id/overlaps    → 200 OverlapEntry[]
 *   POST /promotions/:id/pause       { version? } → 200 Promotion   (409 if already paused)
 *   POST /promotions/:id/resume      { version? } → 200 Promotion   (409 if not paused)
 *   POST /promotions/:id/codes       { count: 1–10000, prefix? } → 201 { promotionId, count, prefix, codes }
 *   GET  /promotions/:id/codes.csv   → 200 text/csv
 *   GET  /promotions/:id/performance → 200 PromotionPerformance
 */
import { Router, type Request, type Response } from 'express';
import { DomainError, hasProblems, problem, type FieldProblems } from '../../src/domain/errors';
import {
  PROMOTION_STATUSES,
  promotionStatus,
  type PromotionCode,
  type PromotionStatus,
} from '../../src/domain/promotions';
import type { Promotion } from '../../src/domain/types';
import { recordAudit } from '../audit';
import { authorize } from '../http/access';
import { ctxOf } from '../http/context';
import { route } from '../http/errors';
import { bodyOf, checkVersion, findOr404, present } from '../rest/bridge';
import type { Store, StoredRecord } from '../store/store';
import { codesCsv, generateCodes, parseCodeBatch } from './codes';
import { findOverlaps } from './overlaps';
import { promotionPerformance } from './performance';
import { promotionRules } from './resources';
import { parseCandidate, parseSimulateRequest, simulate } from './simulate';

/** Pause and resume send no body at all, or an optional version. */
const optionalBody = (req: Request) =>
  req.body && typeof req.body === 'object' && !Array.isArray(req.body)
    ? (req.body as Record<string, unknown>)
    : {};

export function promotionsRoutes(store: Store): Router {
  const router = Router();
  const find = (id: unknown) => findOr404(store, promotionRules, id) as unknown as Promotion & StoredRecord;
  const show = (record: StoredRecord, res: Response) => present(store, promotionRules, record, res);

  router.post(
    '/promotions/simulate',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'list', 'promotions');
      const input = bodyOf(req);
      res.json(
        store.transact((tx) => simulate(tx, store, ctx, parseSimulateRequest(input, tx, store.now()))),
      );
    }),
  );

  router.get(
    '/promotions/status-counts',
    route((_req, res) => {
      authorize(ctxOf(res), 'list', 'promotions');
      const now = store.now();
      const counts = Object.fromEntries(PROMOTION_STATUSES.map((s) => [s, 0])) as Record<
        PromotionStatus,
        number
      >;
      for (const p of store.all<Promotion>('promotions')) counts[promotionStatus(p, now)] += 1;
      res.json(counts);
    }),
  );

  router.post(
    '/promotions/overlaps',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'list', 'promotions');
      const input = bodyOf(req);
      res.json(
        store.transact((tx) => {
          const problems: FieldProblems = {};
          const candidate = parseCandidate(input, tx, problems, '');
          if (hasProblems(problems) || !candidate)
            throw new DomainError(422, problem('errors.invalid'), problems);
          return findOverlaps(tx, candidate, ctx.locale, store.now());
        }),
      );
    }),
  );

  router.get(
    '/promotions/:id/overlaps',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'show', 'promotions');
      const promotion = find(req.params.id);
      res.json(store.transact((tx) => findOverlaps(tx, promotion, ctx.locale, store.now())));
    }),
  );

  const setPaused = (paused: boolean) =>
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'edit', 'promotions');
      const input = optionalBody(req);
      const updated = store.transact((tx) => {
        const existing = find(req.params.id);
        checkVersion(input, existing);
        if (existing.paused === paused) {
          throw new DomainError(
            409,
            problem(paused ? 'errors.promotionAlreadyPaused' : 'errors.promotionNotPaused'),
          );
        }
        const record = tx.update('promotions', existing.id, { paused });
        recordAudit(tx, ctx, {
          action: 'update',
          resource: 'promotions',
          recordId: existing.id,
          before: existing,
          after: record,
          note: paused ? 'paused' : 'resumed',
        });
        return record;
      });
      res.json(show(updated, res));
    });
  router.post('/promotions/:id/pause', setPaused(true));
  router.post('/promotions/:id/resume', setPaused(false));

  router.post(
    '/promotions/:id/codes',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'edit', 'promotions');
      const request = parseCodeBatch(bodyOf(req));
      const promotion = find(req.params.id);
      const codes = store.transact((tx) => generateCodes(tx, ctx, promotion, request));
      res.status(201).json({ promotionId: promotion.id, count: codes.length, prefix: request.prefix, codes });
    }),
  );

  router.get(
    '/promotions/:id/codes.csv',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'export', 'promotions');
      const promotion = find(req.params.id);
      const codes = [...store.all<PromotionCode>('promotion-codes')]
        .filter((c) => c.promotionId === promotion.id)
        .sort((a, b) => a.id - b.id);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="promotion-${promotion.id}-codes.csv"`);
      res.send(codesCsv(codes, ctx.locale));
    }),
  );

  router.get(
    '/promotions/:id/performance',
    route((req, res) => {
      authorize(ctxOf(res), 'show', 'promotions');
      const promotion = find(req.params.id);
      res.json(store.transact((tx) => promotionPerformance(tx, promotion, store.now())));
    }),
  );

  return router;
}
