/** The search box's one request and answer (../search.ts says what is found by what). */
import { SEARCH_KINDS, MAX_QUERY_LENGTH, MIN_QUERY_LENGTH } from '../search';
import { count, id, z } from './fields';

export const searchQuery = z.strictObject({
  q: z.string().trim().min(MIN_QUERY_LENGTH).max(MAX_QUERY_LENGTH),
});

const hit = z.object({ id, title: z.string(), subtitle: z.string(), exact: z.boolean() });

export const searchResult = z.object({
  /** One group per kind the user may list and that has hits, exact matches first. */
  groups: z.array(
    z.object({
      kind: z.enum(SEARCH_KINDS),
      hits: z.array(hit),
      /** Whether more records match than the hits listed. */
      more: z.boolean(),
    }),
  ),
  /** The one record a scanned or typed code names exactly, to open directly; null when none or several. */
  exact: z.object({ kind: z.enum(SEARCH_KINDS), id }).nullable(),
  tookMs: count.optional(),
});
