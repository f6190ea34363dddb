/**
 * CSV exports: every record matching a list's filter, as the API writes it for
 * the user (names, euros, local dates, their language; src/domain/exports), not
 * capped at a page. Through the httpClient, so the bearer token and the user's
 * language go along; the API's file name and row count come back with it.
 */
import { apiUrl, httpClient } from '../httpClient';
import { listParams } from './request';

export interface ExportedCsv {
  text: string;
  filename: string;
  /** How many rows the file holds, as the API counted them. */
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

async function download(path: string, params: ExportParams, fallback: string): Promise<ExportedCsv> {
  const { body, headers } = await httpClient(apiUrl(`${path}${listParams(params)}`), {
    headers: new Headers({ Accept: 'text/csv' }),
  });
  const count = headers.get('X-Total-Count');
  return {
    text: body,
    filename: filenameOf(headers.get('Content-Disposition'), fallback),
    rows: count === null ? null : Number(count),
  };
}

export const exportOperations = {
  /** A collection's records, one row each. */
  exportCsv: (resource: string, params: ExportParams = {}) =>
    download(`/${resource}/export.csv`, params, `${resource}.csv`),
  /** The lines of the orders a filter matches, one row per line. */
  exportOrderLines: (params: ExportParams = {}) =>
    download('/orders/export-lines.csv', params, 'order-lines.csv'),
};
