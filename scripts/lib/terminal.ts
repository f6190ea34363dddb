/** ANSI colouring for the dev scripts, switched off for pipes and NO_COLOR (CI logs stay readable). */
const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
} as const;

export type Style = keyof typeof CODES;

export function colorEnabled(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

const ESC = '\u001b';
const ANSI_STYLE = new RegExp(`${ESC}\\[\\d+m`, 'g');

/** The text as it shows on screen, without colour codes (for padding columns). */
export function stripStyles(text: string): string {
  return text.replace(ANSI_STYLE, '');
}

export function paint(style: Style, text: string, enabled = colorEnabled()): string {
  if (!enabled) return text;
  const [open, close] = CODES[style];
  return `${ESC}[${open}m${text}${ESC}[${close}m`;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * An error's message followed by its causes ("fetch failed: read ECONNRESET"),
 * leaving out a cause whose message the text already contains.
 */
export function describeError(error: unknown): string {
  let text = '';
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 5; depth += 1) {
    const message = current instanceof Error ? current.message : String(current);
    if (!text.includes(message)) text = text ? `${text}: ${message}` : message;
    current = current instanceof Error ? current.cause : undefined;
  }
  return text;
}
