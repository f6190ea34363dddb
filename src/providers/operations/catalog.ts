/** Named catalog operations of the data provider (beyond CRUD); each calls one API endpoint. */
import type { PriceChange } from '../../domain/catalog';
import type { FieldProblems } from '../../domain/errors';
import type { Category, Id, Product } from '../../domain/types';
import { apiUrl, httpClient } from '../httpClient';
import { callApi, listParams } from './request';

export const BULK_ACTIONS = ['activate', 'archive', 'move', 'price'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** A selection by id, or everything a list filter matches ("select all N matching"). */
export type BulkTargets = { ids: Id[] } | { filter: Record<string, unknown> };

export type BulkRequest = BulkTargets & {
  action: BulkAction;
  categoryId?: Id;
  price?: PriceChange;
  preview?: boolean;
};

export interface BulkChange {
  id: Id;
  sku: string;
  name: string;
  before: Partial<Product>;
  after: Partial<Product>;
}

export interface BulkResult {
  applied: boolean;
  changes: BulkChange[];
  /** How many of the changes the API would refuse (a preview only counts them). */
  refusals: number;
}

export const IMPORT_MODES = ['dry-run', 'strict', 'partial'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface RejectedLine {
  line: number;
  sku: string;
  errors: FieldProblems;
}

export interface ImportReport {
  mode: ImportMode;
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedLine[];
}

export interface ExportedCsv {
  text: string;
  filename: string;
  /** How many records the file holds, as the API counted them. */
  rows: number | null;
}

export interface ExportParams {
  filter?: Record<string, unknown>;
  sort?: [string, 'ASC' | 'DESC'];
}

function filenameOf(disposition: string | null, fallback: string): string {
  const match = /filename="?([^";]+)"?/.exec(disposition ?? '');
  return match?.[1] ?? fallback;
}

export const catalogOperations = {
  /** Activates, archives, moves or re-prices products, all or none; `preview` answers without writing. */
  bulkEditProducts: (request: BulkRequest) => callApi<BulkResult>('POST', '/products/bulk', request),

  /** Creates and updates products by SKU from CSV text; `dry-run` writes nothing. */
  importProducts: (csv: string, mode: ImportMode) =>
    callApi<ImportReport>('POST', '/products/import', { csv, mode }),

  /** Swaps a category with its neighbour among its siblings. */
  moveCategory: (id: Id, direction: 'up' | 'down') =>
    callApi<Category>('POST', `/categories/${encodeURIComponent(id)}/move`, { direction }),

  /**
   * Every record of a collection matching a list filter, as the API's CSV
   * (not capped at a page). Through the httpClient, so the bearer token goes along.
   */
  exportCsv: async (resource: string, params: ExportParams = {}): Promise<ExportedCsv> => {
    const path = `/${resource}/export.csv${listParams(params)}`;
    const { body, headers } = await httpClient(apiUrl(path), {
      headers: new Headers({ Accept: 'text/csv' }),
    });
    const count = headers.get('X-Total-Count');
    return {
      text: body,
      filename: filenameOf(headers.get('Content-Disposition'), `${resource}.csv`),
      rows: count === null ? null : Number(count),
    };
  },
};
