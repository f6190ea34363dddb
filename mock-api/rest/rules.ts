/**
 * How the generic REST bridge treats each collection beyond what the contract
 * says (which writes it offers, the shapes of their bodies): domain modules
 * (catalog, inventory, sales, admin) describe their rules here; the bridge
 * does the rest the same way for all of them.
 */
import type { FieldProblems } from '../../src/domain/errors';
import type { CollectionName } from '../../src/domain/resources';
import type { RequestContext } from '../http/context';
import type { Database, RecordReader, StoredRecord, WriteTransaction } from '../store/database';
import type { RowPredicate } from './list';

/** A hook may answer at once or after reading the database. */
export type Awaitable<T> = T | Promise<T>;

export interface Reference {
  collection: string;
  /** A field holding the id, or a test for other kinds of reference (order lines, a carrier's name). */
  field: string | ((row: StoredRecord, record: StoredRecord) => boolean);
}

export interface ResourceRules {
  name: CollectionName;
  /** Values a create starts from before the client's fields. */
  defaults?: Record<string, unknown>;
  /** Problems with the input; `existing` is null on create. Throwing a DomainError also works. */
  validate?(
    input: Record<string, unknown>,
    existing: StoredRecord | null,
    tx: WriteTransaction,
    ctx: RequestContext,
  ): Awaitable<FieldProblems>;
  /** Refuses an update or delete of a record in a state that forbids it (a dispatched transfer). */
  guard?(
    existing: StoredRecord,
    method: 'update' | 'delete',
    ctx: RequestContext,
    db: RecordReader,
  ): Awaitable<void>;
  /** Fields computed from others (a slug from the name, available from on hand and reserved). */
  derive?(
    next: Record<string, unknown>,
    existing: StoredRecord | null,
    tx: WriteTransaction,
    ctx: RequestContext,
  ): Awaitable<Record<string, unknown>>;
  /** Runs in the create's transaction, e.g. to give a new product a stock level in every warehouse. */
  afterCreate?(record: StoredRecord, tx: WriteTransaction, ctx: RequestContext): Awaitable<void>;
  /**
   * Runs in the update's transaction after the write (a carrier's new name onto
   * its parcels); what it returns becomes the update's audit note.
   */
  afterUpdate?(
    before: StoredRecord,
    after: StoredRecord,
    tx: WriteTransaction,
    ctx: RequestContext,
  ): Awaitable<string | void>;
  /** Runs in the delete's transaction after the reference checks passed (removes owned, empty parts). */
  beforeDelete?(record: StoredRecord, tx: WriteTransaction): Awaitable<void>;
  /** Records that point here; a delete is refused while any exist (no cascades). */
  referencedBy?: readonly Reference[];
  /** Message key for that refusal when the generic one does not say what to do instead. */
  referencedKey?: string;
  /** Filters beyond plain fields, e.g. orders' `late`. */
  virtualFilters?: Record<
    string,
    (value: unknown, ctx: RequestContext, db: Database) => Awaitable<RowPredicate>
  >;
  /**
   * Fields computed per request (a product's margin and available stock). They
   * are added before filtering and sorting, so lists can filter and sort on them
   * like on stored fields; the builder runs once per request and reads what
   * it needs up front, so the function it returns answers synchronously.
   */
  computed?(db: Database): Promise<(record: StoredRecord) => Record<string, unknown>>;
  /** Columns of the CSV export (default: every schema field as stored). */
  csvColumns?: ReadonlyArray<{ header: string; value: (record: StoredRecord) => unknown }>;
  /** Names of the computed fields: a client that sends them back in a write is not refused for it. */
  computedFields?: readonly string[];
  /** Shapes records for the response (drop secrets, add computed fields); gets a whole page at once. */
  present?(records: StoredRecord[], ctx: RequestContext, db: Database): Awaitable<StoredRecord[]>;
  /** A record's status for the status counts, when it is derived rather than stored (promotions'). */
  statusOf?(db: Database): Promise<(record: StoredRecord) => string>;
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

/** The rules of a collection; every collection the contract lists has some. */
export function rulesOf(collection: CollectionName): ResourceRules {
  const rules = rulesFor(collection);
  if (!rules) throw new Error(`No resource rules registered for ${collection}`);
  return rules;
}

export function registeredResources(): string[] {
  return [...registry.keys()];
}
