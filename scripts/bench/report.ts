import { paint, stripStyles } from '../lib/terminal';

/** A plain text table with columns padded to their widest cell; numbers align right. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => stripStyles(row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const padding = ' '.repeat(widths[column]! - stripStyles(cell).length);
        return /^[\d.,]+( ms| kB| KiB| req\/s|×)?$/.test(stripStyles(cell)) ? padding + cell : cell + padding;
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function verdict(ok: boolean): string {
  return ok ? paint('green', '✓') : paint('red', '✗');
}

export function milliseconds(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
