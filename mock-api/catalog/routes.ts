/** Catalog workflows beyond plain CRUD: bulk edits, CSV import and category ordering. */
import { DomainError, hasProblems, problem } from '../../src/domain/errors';
import type { Category } from '../../src/domain/types';
import { recordAudit } from '../audit';
import type { Handler } from '../http/mount';
import { findOr404, present } from '../rest/bridge';
import { rulesOf } from '../rest/rules';
import type { Database, StoredRecord } from '../store/database';
import { applyBulk, parseBulk, planBulk } from './bulk';
import { applyImport, planImport, reportOf, type ImportMode } from './import';
import './resources';

export function catalogHandlers(
  db: Database,
): Record<'bulkEditProducts' | 'importProducts' | 'moveCategory', Handler> {
  const bulkEditProducts: Handler = async ({ body: input, ctx }) => {
    const result = await db.transact(async (tx) => {
      const request = await parseBulk(db, tx, ctx, input);
      const { changes, refusals } = await planBulk(tx, request);
      if (input.preview === true) return { applied: false, changes, refusals: Object.keys(refusals).length };
      if (hasProblems(refusals)) {
        throw new DomainError(
          422,
          problem('errors.bulkRefused', { count: Object.keys(refusals).length }),
          refusals,
        );
      }
      await applyBulk(tx, ctx, changes);
      return { applied: true, changes, refusals: 0 };
    });
    return result;
  };

  const importProducts: Handler = async ({ body: input, ctx }) => {
    const mode = (input.mode ?? 'dry-run') as ImportMode;
    if ((input.csv as string).trim() === '') {
      throw new DomainError(422, problem('errors.invalid'), { csv: problem('errors.required') });
    }
    const csv = input.csv as string;
    const report = await db.transact(async (tx) => {
      const { rows, rejected } = await planImport(tx, csv);
      const apply = mode === 'partial' || (mode === 'strict' && rejected.length === 0);
      if (apply) await applyImport(tx, ctx, rows);
      return reportOf(mode, apply, rows, rejected);
    });
    return report;
  };

  /** Swaps a category with its neighbour among its siblings, so the order changes without drag and drop. */
  const moveCategory: Handler = async ({ params, body, ctx, res }) => {
    const direction = body.direction as 'up' | 'down';
    const rules = rulesOf('categories');
    const moved = await db.transact(async (tx) => {
      const category = (await findOr404(tx, rules, params.id)) as unknown as Category;
      const siblings = (await tx.all<Category>('categories'))
        .filter((c) => c.parentId === category.parentId)
        .sort((a, b) => a.position - b.position || a.id - b.id);
      const index = siblings.findIndex((c) => c.id === category.id);
      const neighbour = siblings[direction === 'up' ? index - 1 : index + 1];
      if (!neighbour) throw new DomainError(409, problem('errors.categoryMoveEdge'));
      // Renumber the siblings so positions are distinct, then swap the two.
      for (const [i, c] of siblings.entries()) {
        const position =
          c.id === category.id ? siblings.indexOf(neighbour) : c.id === neighbour.id ? index : i;
        if (c.position !== position) {
          const after = await tx.update<Category>('categories', c.id, { position });
          await recordAudit(tx, ctx, {
            action: 'update',
            resource: 'categories',
            recordId: c.id,
            before: c,
            after,
          });
        }
      }
      return (await tx.get<StoredRecord>('categories', category.id))!;
    });
    return present(db, rules, moved, res);
  };

  return { bulkEditProducts, importProducts, moveCategory };
}
