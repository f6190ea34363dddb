/** Saved filter presets: each user's own, invisible to everyone else. */
import { DomainError, problem, type FieldProblems } from '../../src/domain/errors';
import { RESOURCE_SCHEMAS, isCollectionName } from '../../src/domain/resources';
import { checkFields, type FieldSpec } from '../../src/domain/validation/fields';
import { defineResource, rulesFor } from '../rest/rules';
import { notFound } from '../rest/bridge';
import { parseListQuery } from '../rest/query';

const SAVED_FILTER_FIELDS: FieldSpec = {
  resource: { kind: 'text', required: true, max: 40 },
  name: { kind: 'text', required: true, max: 80 },
  filter: { kind: 'json' },
  sort: { kind: 'json' },
};

function validateSavedFilter(
  input: Record<string, unknown>,
  creating: boolean,
  resource: unknown,
): FieldProblems {
  const problems = checkFields(SAVED_FILTER_FIELDS, input, { creating });
  if (!problems.resource && !isCollectionName(resource))
    problems.resource = problem('errors.unknownResource', { resource: String(resource) });
  if (
    input.filter !== undefined &&
    (typeof input.filter !== 'object' || input.filter === null || Array.isArray(input.filter))
  ) {
    problems.filter = problem('errors.bodyNotObject');
  } else if (input.filter !== undefined && isCollectionName(resource)) {
    // A preset is checked like a list request now, so it cannot break the list later.
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
  }
  return problems;
}

defineResource({
  name: 'saved-filters',
  methods: ['create', 'update', 'delete'],
  defaults: { filter: {}, sort: null },
  validate: (input, existing) =>
    validateSavedFilter(input, existing === null, input.resource ?? existing?.resource),
  derive: (_next, existing, _tx, ctx) => (existing ? {} : { userId: ctx.user!.id }),
  readScope: (ctx) => (row) => row.userId === ctx.user?.id,
  guard: (existing, _method, ctx) => {
    if (existing.userId !== ctx.user?.id) throw notFound('saved-filters', existing.id);
  },
});
