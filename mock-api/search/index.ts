/**
 * GET /search: one answer over products, orders, customers, shipments and
 * promotions (src/domain/search.ts says what finds what). Codes are looked up
 * in maps; text is matched in one lower-cased string per record. Both are built
 * once and rebuilt only after the database changed (its version moved), so a search costs a map lookup and, for text, one pass over
 * strings, never over records.
 */
import { can } from '../../src/domain/permissions';
import {
  HITS_PER_KIND,
  normalizeCode,
  normalizeText,
  SEARCH_KINDS,
  SEARCH_RULES,
  type SearchKind,
} from '../../src/domain/search';
import type { ResponseOf } from '../../src/domain/contract/endpoints';
import type { Handler } from '../http/mount';
import type { Database, StoredRecord } from '../store/database';

interface KindIndex {
  rows: StoredRecord[];
  texts: string[];
  byCode: Map<string, number[]>;
}

type SearchIndex = Record<SearchKind, KindIndex>;
type Answer = ResponseOf<'search'>;
type Group = Answer['groups'][number];

async function buildIndex(db: Database): Promise<SearchIndex> {
  const index = {} as SearchIndex;
  for (const kind of SEARCH_KINDS) {
    const rule = SEARCH_RULES[kind];
    const rows = await db.all<StoredRecord>(kind);
    const byCode = new Map<string, number[]>();
    const texts = rows.map((row, i) => {
      for (const code of rule.codes(row)) {
        const key = normalizeCode(code);
        const at = byCode.get(key);
        if (at) at.push(i);
        else byCode.set(key, [i]);
      }
      return normalizeText(rule.text(row));
    });
    index[kind] = { rows, texts, byCode };
  }
  return index;
}

function searchKind(kind: SearchKind, { rows, texts, byCode }: KindIndex, query: string): Group | null {
  const rule = SEARCH_RULES[kind];
  const exact = byCode.get(normalizeCode(query)) ?? [];
  const found = new Set(exact);
  const needle = normalizeText(query);
  let more = false;
  for (let i = 0; i < texts.length; i += 1) {
    if (found.has(i) || !texts[i]!.includes(needle)) continue;
    if (found.size >= HITS_PER_KIND) {
      more = true;
      break;
    }
    found.add(i);
  }
  if (found.size === 0) return null;
  const hits = [...found].slice(0, HITS_PER_KIND).map((i) => {
    const row = rows[i]!;
    return { id: row.id, title: rule.title(row), subtitle: rule.subtitle(row), exact: exact.includes(i) };
  });
  return { kind, hits, more: more || found.size > HITS_PER_KIND };
}

export function searchHandlers(db: Database): Record<'search', Handler> {
  let built: { version: number; index: SearchIndex } | null = null;
  const current = async (): Promise<SearchIndex> => {
    // The version is read before the records: an index built while a write lands is tagged older and rebuilt.
    const version = await db.version();
    if (!built || built.version !== version) built = { version, index: await buildIndex(db) };
    return built.index;
  };
  return {
    search: async ({ query, ctx }) => {
      const started = performance.now();
      const index = await current();
      const role = ctx.user!.role;
      const q = String(query.q).trim();
      const groups = SEARCH_KINDS.filter((kind) => can(role, 'list', kind))
        .map((kind) => searchKind(kind, index[kind], q))
        .filter((group): group is Group => group !== null);
      const exactHits = groups.flatMap((g) =>
        g.hits.filter((h) => h.exact).map((h) => ({ kind: g.kind, id: h.id })),
      );
      const answer: Answer = {
        groups,
        exact: exactHits.length === 1 ? exactHits[0]! : null,
        tookMs: Math.round(performance.now() - started),
      };
      return answer;
    },
  };
}
