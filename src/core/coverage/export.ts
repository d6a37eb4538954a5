import type { MissingWord } from './types';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLines(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The missing words as CSV: word, occurrences, forms written (separated by spaces). */
export function missingWordsCsv(missing: readonly MissingWord[]): string {
  return csvLines([['word', 'count', 'forms'], ...missing.map((m) => [m.word, m.count, m.forms.join(' ')])]);
}

/** The list of words to record, one a line, most frequent first: what a recording studio or a pack build takes. */
export function wordList(missing: readonly MissingWord[]): string {
  return missing.map((m) => m.word).join('\n') + (missing.length > 0 ? '\n' : '');
}
