/**
 * `GET /api/kpis?from=&to=&warehouseId=&granularity=day|week|month&compare=previous|last_year&sections=`
 * → 200 KpiReport (src/domain/kpis/types.ts), aggregated on the server.
 *
 * Every role may call it; each gets the sections its dashboard widgets show
 * (warehouse staff: stock and fulfilment). Naming a section the role may not
 * see in `sections` is a 403; without `sections` the others are left out.
 * Parameters are described in src/domain/kpis/params.ts.
 */
import { Router } from 'express';
import { DomainError, problem } from '../../src/domain/errors';
import { parseKpiQuery } from '../../src/domain/kpis/params';
import { KPI_SECTIONS, type KpiSection } from '../../src/domain/kpis/types';
import { term } from '../../src/domain/messages';
import { widgetsFor, type Role } from '../../src/domain/permissions';
import { configOf } from '../config';
import { authorize } from '../http/access';
import { ctxOf, userOf } from '../http/context';
import { route } from '../http/errors';
import type { Store } from '../store/store';
import { buildReport } from './report';

export function sectionsFor(role: Role, asked: readonly KpiSection[] | null): KpiSection[] {
  const allowed = widgetsFor(role);
  if (asked === null) return KPI_SECTIONS.filter((section) => allowed.includes(section));
  const forbidden = asked.find((section) => !allowed.includes(section));
  if (forbidden !== undefined) {
    throw new DomainError(
      403,
      problem('errors.kpis.sectionForbidden', {
        role: term(`roles.${role}`),
        section: term(`kpis.section.${forbidden}`),
        allowed: allowed.join(', '),
      }),
    );
  }
  return [...asked];
}

export function kpisRoutes(store: Store): Router {
  const router = Router();
  router.get(
    '/kpis',
    route((req, res) => {
      authorize(ctxOf(res), 'list', 'kpis');
      const config = configOf(store);
      const query = parseKpiQuery(req.query as Record<string, unknown>, {
        timeZone: config.timeZone,
        now: store.now(),
        warehouseExists: (id) => store.get('warehouses', id) !== undefined,
      });
      const sections = sectionsFor(userOf(res).role, query.sections);
      res.json(buildReport(store, query, sections, config));
    }),
  );
  return router;
}
