/**
 * What an import brings in, row by row: the rows of a folder's index.tsv (the pack command's
 * columns: word, file; optional signer, region, definition, licence; "a|b" = two forms), or
 * one row per video file, its name being the word. Rows carry what the file says; the studio
 * fills the rest (signer, licence, languages) from the contributor's remembered choices.
 */
export interface ImportRow {
  /** For messages: "index.tsv line 3" or the file name. */
  origin: string;
  forms: string[];
  /** Path inside the folder, "/"-separated (or the file's name). */
  file: string;
  signer?: string;
  region?: string;
  definition?: string;
  licence?: string;
}

export interface ImportPlan {
  rows: ImportRow[];
  errors: string[];
}

export const INDEX_FILE = 'index.tsv';
const VIDEO_NAME = /\.(webm|mkv|mp4|m4v|mov)$/i;

export function isVideoName(name: string): boolean {
  return VIDEO_NAME.test(name);
}

export function splitWordCell(word: string): string[] {
  return [
    ...new Set(
      word
        .split('|')
        .map((form) => form.trim().normalize('NFC'))
        .filter(Boolean),
    ),
  ];
}

export function parseIndexTsv(text: string): ImportPlan {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const columns = (lines[0] ?? '').split('\t').map((name) => name.trim().toLowerCase());
  const plan: ImportPlan = { rows: [], errors: [] };
  if (!columns.includes('word') || !columns.includes('file')) {
    plan.errors.push(`${INDEX_FILE} needs the columns "word" and "file" (tab-separated header)`);
    return plan;
  }
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const values = line.split('\t');
    const cell = (name: string) => (values[columns.indexOf(name)] ?? '').trim() || undefined;
    const origin = `${INDEX_FILE} line ${i + 2}`;
    const forms = splitWordCell(cell('word') ?? '');
    const file = (cell('file') ?? '').replaceAll('\\', '/').replace(/^\.\//, '');
    if (forms.length === 0) return void plan.errors.push(`${origin}: the "word" cell is empty`);
    if (!file || file.startsWith('/') || file.split('/').includes('..')) return void plan.errors.push(`${origin}: "${file}" must be a path inside the folder`);
    const row: ImportRow = { origin, forms, file: file.normalize('NFC') };
    for (const name of ['signer', 'region', 'definition'] as const) {
      const value = cell(name);
      if (value) row[name] = value;
    }
    const licence = cell('licence') ?? cell('license');
    if (licence) row.licence = licence;
    plan.rows.push(row);
  });
  if (plan.rows.length === 0 && plan.errors.length === 0) plan.errors.push(`${INDEX_FILE} has no rows under its header`);
  return plan;
}

/** One row per video file, its name without extension as the word (as the pack command does). */
export function rowsFromFileNames(names: readonly string[]): ImportRow[] {
  return names
    .filter(isVideoName)
    .sort()
    .map((name) => ({ origin: name, forms: splitWordCell(name.split('/').pop()!.replace(VIDEO_NAME, '')), file: name.normalize('NFC') }))
    .filter((row) => row.forms.length > 0);
}
