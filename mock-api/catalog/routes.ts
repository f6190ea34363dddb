/** Catalog workflows beyond plain CRUD: bulk edits, CSV import and category ordering. */
import { Router } from 'express';
import { DomainError, hasProblems, problem } from '../../src/domain/errors';
import type { Category } from '../../src/domain/types';
import { recordAudit } from '../audit';
import { authorize } from '../http/access';
import { ctxOf } from '../http/context';
import { route } from '../http/errors';
import { bodyOf, findOr404, present } from '../rest/bridge';
import { rulesFor } from '../rest/rules';
import type { Store, StoredRecord } from '../store/store';
import { applyBulk, parseBulk, planBulk } from './bulk';
import { applyImport, IMPORT_MODES, planImport, reportOf, type ImportMode } from './import';
import './resources';

export function catalogRoutes(store: Store): Router {
  const router = Router();

  router.post(
    '/products/bulk',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'edit', 'products');
      const input = bodyOf(req);
      const request = parseBulk(store, ctx, input);
      const result = store.transact((tx) => {
        const { changes, refusals } = planBulk(tx, request);
        if (input.preview === true)
          return { applied: false, changes, refusals: Object.keys(refusals).length };
        if (hasProblems(refusals)) {
          throw new DomainError(
            422,
            problem('errors.bulkRefused', { count: Object.keys(refusals).length }),
            refusals,
          );
        }
        applyBulk(tx, ctx, changes);
        return { applied: true, changes, refusals: 0 };
      });
      res.json(result);
    }),
  );

  router.post(
    '/products/import',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'create', 'products');
      authorize(ctx, 'edit', 'products');
      const input = bodyOf(req);
      const mode = (input.mode ?? 'dry-run') as ImportMode;
      if (!IMPORT_MODES.includes(mode)) {
        throw new DomainError(422, problem('errors.invalid'), {
          mode: problem('errors.notOneOf', { allowed: IMPORT_MODES.join(', ') }),
        });
      }
      if (typeof input.csv !== 'string' || input.csv.trim() === '') {
        throw new DomainError(422, problem('errors.invalid'), { csv: problem('errors.required') });
      }
      const csv = input.csv;
      const report = store.transact((tx) => {
        const { rows, rejected } = planImport(tx, csv);
        const apply = mode === 'partial' || (mode === 'strict' && rejected.length === 0);
        if (apply) applyImport(tx, ctx, rows);
        return reportOf(mode, apply, rows, rejected);
      });
      res.json(report);
    }),
  );

  /** Swaps a category with its neighbour among its siblings, so the order changes without drag and drop. */
  router.post(
    '/categories/:id/move',
    route((req, res) => {
      const ctx = ctxOf(res);
      authorize(ctx, 'edit', 'categories');
      const direction = bodyOf(req).direction;
      if (direction !== 'up' && direction !== 'down') {
        throw new DomainError(422, problem('errors.invalid'), {
          direction: problem('errors.notOneOf', { allowed: 'up, down' }),
        });
      }
      const rules = rulesFor('categories')!;
      const moved = store.transact((tx) => {
        const category = findOr404(store, rules, req.params.id) as unknown as Category;
        const siblings = [...tx.all<Category>('categories')]
          .filter((c) => c.parentId === category.parentId)
          .sort((a, b) => a.position - b.position || a.id - b.id);
        const index = siblings.findIndex((c) => c.id === category.id);
        const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
        if (!neighbour) throw new DomainError(409, problem('errors.categoryMoveEdge'));
        // Renumber the siblings so positions are distinct, then swap the two.
        siblings.forEach((c, i) => {
          const position =
            c.id === category.id ? siblings.indexOf(neighbour) : c.id === neighbour.id ? index : i;
          if (c.position !== position) {
            const after = tx.update<Category>('categories', c.id, { position });
            recordAudit(tx, ctx, {
              action: 'update',
              resource: 'categories',
              recordId: c.id,
              before: c,
              after,
            });
          }
        });
        return tx.get<StoredRecord>('categories', category.id)!;
      });
      res.json(present(store, rules, moved, res));
    }),
  );

  return router;
}
