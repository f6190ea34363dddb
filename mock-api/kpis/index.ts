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

export function kpisHandlers(store: Store): Record<'kpis', Handler> {
  return {
    kpis: ({ query, res }) => {
      // The shop's stored time zone and dispatch promise, as of this request.
      const config = { ...configOf(store), ...shopSettingsOf(store) };
      const parsed = parseKpiQuery(query, {
        timeZone: config.timeZone,
        now: store.now(),
        warehouseExists: (id) => store.get('warehouses', id) !== undefined,
      });
      const sections = sectionsFor(userOf(res).role, parsed.sections);
      return buildReport(store, parsed, sections, config);
    },
  };
}
