/** Saved filter presets: each user's own, invisible to everyone else. */
import { DomainError, type FieldProblems } from '../../src/domain/errors';
import { RESOURCE_SCHEMAS, isCollectionName } from '../../src/domain/resources';
import { defineResource, rulesFor } from '../rest/rules';
import { notFound } from '../rest/bridge';
import { parseListQuery } from '../rest/query';

/** A preset is checked like a list request now, so it cannot break the list later. */
function validateSavedFilter(input: Record<string, unknown>, resource: unknown): FieldProblems {
  const problems: FieldProblems = {};
  if (input.filter === undefined || !isCollectionName(resource)) return problems;
  try {
    parseListQuery(
      { filter: JSON.stringify(input.filter) },
      {
        resource,
        schema: RESOURCE_SCHEMAS[resource],
        virtualFilters: Object.keys(rulesFor(resource)?.virtualFilters ?? {}),
      },
    );
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problems.filter = error.problem;
  }
  return problems;
}

defineResource({
  name: 'saved-filters',
  defaults: { filter: {}, sort: null },
  validate: (input, existing) => validateSavedFilter(input, input.resource ?? existing?.resource),
  derive: (_next, existing, _tx, ctx) => (existing ? {} : { userId: ctx.user!.id }),
  readScope: (ctx) => (row) => row.userId === ctx.user?.id,
  guard: (existing, _method, ctx) => {
    if (existing.userId !== ctx.user?.id) throw notFound('saved-filters', existing.id);
  },
});
