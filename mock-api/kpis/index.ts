/**
 * `GET /api/kpis?from=&to=&warehouseId=&granularity=day|week|month&compare=previous|last_year&sections=`
 * → 200 KpiReport (src/domain/kpis/types.ts), aggregated on the server.
 *
 * Every role may call it; each gets the sections its dashboard widgets show
 * (warehouse staff: stock and fulfilment). Naming a section the role may not
 * see in `sections` is a 403; without `sections` the others are left out.
 * Parameters are described in src/domain/kpis/params.ts.
 */
import { DomainError, problem } from '../../src/domain/errors';
import { parseKpiQuery } from '../../src/domain/kpis/params';
import { KPI_SECTIONS, type KpiSection } from '../../src/domain/kpis/types';
import { term } from '../../src/domain/messages';
import { widgetsFor, type Role } from '../../src/domain/permissions';
import { configOf } from '../config';
import { shopSettingsOf } from '../settings/shop';
import { userOf } from '../http/context';
import type { Handler } from '../http/mount';
import type { Database } from '../store/database';
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

export function kpisHandlers(db: Database): Record<'kpis', Handler> {
  return {
    kpis: async ({ query, res }) => {
      // The shop's stored time zone and dispatch promise, as of this request.
      const config = { ...configOf(db), ...(await shopSettingsOf(db)) };
      const warehouses = new Set((await db.all('warehouses')).map((w) => w.id));
      const parsed = parseKpiQuery(query, {
        timeZone: config.timeZone,
        now: db.now(),
        warehouseExists: (id) => warehouses.has(id),
      });
      const sections = sectionsFor(userOf(res).role, parsed.sections);
      return buildReport(db, parsed, sections, config);
    },
  };
}
