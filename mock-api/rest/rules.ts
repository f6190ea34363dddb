/**
 * How the generic REST bridge treats each collection. Domain modules
 * (catalog, inventory, sales, admin) describe their collections here; the
 * bridge does the rest the same way for all of them.
 */
import type { FieldProblems } from '../../src/domain/errors';
import type { CollectionName } from '../../src/domain/resources';
import type { RequestContext } from '../http/context';
import type { StoredRecord, Transaction } from '../store/store';
import type { RowPredicate } from './list';

export type WriteMethod = 'create' | 'update' | 'delete';

export interface Reference {
  collection: string;
  /** A field holding the id, or a function for nested references (order lines). */
  field: string | ((row: StoredRecord, id: number) => boolean);
}

export interface ResourceRules {
  name: CollectionName;
  /** Generic write methods offered; the others answer 405 with `methodHint`. */
  methods: readonly WriteMethod[];
  /** Message key telling the client what to use instead of a refused method. */
  methodHint?: string;
  /** Values a create starts from before the client's fields. */
  defaults?: Record<string, unknown>;
  /** Problems with the input; `existing` is null on create. Throwing a DomainError also works. */
  validate?(input: Record<string, unknown>, existing: StoredRecord | null, tx: Transaction, ctx: RequestContext): FieldProblems;
  /** Fields computed from others (a slug from the name, available from on hand and reserved). */
  derive?(next: Record<string, unknown>, existing: StoredRecord | null, tx: Transaction): Record<string, unknown>;
  /** Records that point here; a delete is refused while any exist (no cascades). */
  referencedBy?: readonly Reference[];
  /** Filters beyond plain fields, e.g. orders' `late`. */
  virtualFilters?: Record<string, (value: unknown, ctx: RequestContext, now: Date) => RowPredicate>;
  /** Shapes a record for the response (drop secrets, add computed fields). */
  present?(record: StoredRecord, ctx: RequestContext): StoredRecord;
  /** Extra check on which records a user may read, e.g. warehouse scoping. */
  readScope?(ctx: RequestContext): RowPredicate | null;
}

const registry = new Map<string, ResourceRules>();

export function defineResource(rules: ResourceRules): ResourceRules {
  registry.set(rules.name, rules);
  return rules;
}

export function rulesFor(name: string): ResourceRules | undefined {
  return registry.get(name);
}

export function registeredResources(): string[] {
  return [...registry.keys()];
}
