/**
 * The lines of a quick receipt: scanned one by one (a repeated scan adds to
 * its line, as the API would sum it anyway) or pasted from a spreadsheet.
 */
import { parseCsv } from '../../domain/csv';
import { problem, type Problem } from '../../domain/errors';

export interface ReceiveLine {
  /** Stable across edits, for React keys. */
  key: number;
  /** SKU or barcode as scanned or typed. */
  code: string;
  quantity: number;
}

let nextKey = 1;

function sameCode(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Adds `quantity` units of `code`: to its line when it has one, else as a new last line. */
export function addLine(lines: readonly ReceiveLine[], code: string, quantity: number): ReceiveLine[] {
  const trimmed = code.trim();
  const index = lines.findIndex((line) => sameCode(line.code, trimmed));
  if (index < 0) return [...lines, { key: nextKey++, code: trimmed, quantity }];
  return lines.map((line, i) => (i === index ? { ...line, quantity: line.quantity + quantity } : line));
}

const CODE_COLUMN = /^(sku|barcode|ean|gtin|code|artikel(nummer)?|art\.?-?nr\.?)$/i;
const QUANTITY_COLUMN = /^(qty|quantity|menge|anzahl|count|stück|stk\.?)$/i;
const WHOLE_NUMBER = /^\d+$/;

export interface PastedLines {
  lines: Array<{ code: string; quantity: number }>;
  /** Rows that could not be read, by their line number in the pasted text. */
  problems: Array<{ line: number; problem: Problem }>;
}

/**
 * Reads pasted CSV: a code and a quantity per row, comma or semicolon
 * separated. A header row naming the columns (sku/barcode, quantity) is
 * optional; without one the first column is the code and the second the
 * quantity, which may be left out for one unit.
 */
export function readPastedLines(text: string): PastedLines {
  const parsed = parseCsv(text);
  const codeColumn = parsed.header.find((name) => CODE_COLUMN.test(name));
  const quantityColumn = parsed.header.find((name) => QUANTITY_COLUMN.test(name));
  const named = codeColumn !== undefined && quantityColumn !== undefined;
  const rows = named
    ? parsed.rows.map(({ line, values }) => ({
        line,
        code: values[codeColumn],
        quantity: values[quantityColumn],
      }))
    : parseCsv(`code,quantity\n${text.replace(/^\uFEFF/, '')}`).rows.map(({ line, values }) => ({
        // The added header shifts every line by one.
        line: line - 1,
        code: values.code,
        quantity: values.quantity,
      }));
  const result: PastedLines = { lines: [], problems: [] };
  for (const row of rows) {
    const code = (row.code ?? '').trim();
    // A list of scans has no quantities: each row is one unit.
    const quantityText = (row.quantity ?? '').trim() || '1';
    if (!code) {
      result.problems.push({
        line: row.line,
        problem: problem('errors.unknownSku', { line: row.line, sku: '' }),
      });
    } else if (!WHOLE_NUMBER.test(quantityText) || Number(quantityText) === 0) {
      result.problems.push({ line: row.line, problem: problem('errors.lineQuantity', { line: row.line }) });
    } else {
      result.lines.push({ code, quantity: Number(quantityText) });
    }
  }
  return result;
}

/** The API's per-line messages (`lines.<index>.sku|quantity`) grouped by line index. */
export function messagesByLine(fields: Record<string, string>): Map<number, string[]> {
  const byLine = new Map<number, string[]>();
  for (const [field, message] of Object.entries(fields)) {
    const match = /^lines\.(\d+)\./.exec(field);
    if (!match) continue;
    const index = Number(match[1]);
    byLine.set(index, [...(byLine.get(index) ?? []), message]);
  }
  return byLine;
}
