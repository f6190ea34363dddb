/**
 * CSV per RFC 4180, used for exports and imports on both sides. Exports are
 * safe to open in a spreadsheet: a text cell starting with =, +, -, @, tab or
 * carriage return is prefixed with an apostrophe so it is never run as a
 * formula (numbers are written as numbers and need no escape).
 */
const FORMULA_START = /^[=+\-@\t\r\u2212]/;

/**
 * A number already written the reader's way (`-12,50` in German). It is written
 * as it stands: it is a number to a spreadsheet, not a formula, so it needs no apostrophe.
 */
export interface CsvDecimal {
  decimal: string;
}

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;

function isDecimal(value: unknown): value is CsvDecimal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CsvDecimal).decimal === 'string' &&
    DECIMAL.test((value as CsvDecimal).decimal)
  );
}

/** `,` by default; `;` where a comma is the decimal mark (German spreadsheets expect it). */
export type CsvSeparator = ',' | ';';

export function csvCell(value: unknown, separator: CsvSeparator = ','): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isDecimal(value)) return value.decimal;
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[], separator: CsvSeparator = ','): string {
  return values.map((value) => csvCell(value, separator)).join(separator);
}

/** A whole document with a UTF-8 byte-order mark, so spreadsheet programs read umlauts right. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly unknown[]>,
  separator: CsvSeparator = ',',
): string {
  const lines = [csvLine(header, separator)];
  for (const row of rows) lines.push(csvLine(row, separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface ParsedCsv {
  header: string[];
  /** Each record with its 1-based line number in the file (the header is line 1). */
  rows: Array<{ line: number; values: Record<string, string> }>;
}

/** Parses CSV text (comma or semicolon, detected from the header), honouring quotes and line breaks in cells. */
export function parseCsv(text: string): ParsedCsv {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i += 1;
      cells.push(cell);
      records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      line += 1;
      recordLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ line: recordLine, cells });
  }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = (nonEmpty.shift()?.cells ?? []).map((h) => h.trim());
  return {
    header,
    rows: nonEmpty.map((r) => ({
      line: r.line,
      values: Object.fromEntries(header.map((h, i) => [h, unescapeFormula(r.cells[i] ?? '')])),
    })),
  };
}

/** Undoes the export's apostrophe, so an exported file imports unchanged. */
function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
