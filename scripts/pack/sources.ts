/**
 * What goes into a pack, read from a folder: the rows of <folder>/index.tsv when there is one,
 * otherwise one row per video file, its name (without extension) being the word.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parseTsv, type TsvRow } from './tsv';

/** One video of one entry. */
export interface VideoRow {
  /** Where the row comes from, for messages: "index.tsv line 12" or the file name. */
  origin: string;
  /** Written forms: the word cell split on "|". */
  forms: string[];
  /** Path of the video inside the folder, with "/" between folders, spelled as on disk. */
  file: string;
  id?: string;
  signer?: string;
  region?: string;
  definition?: string;
  /** A video of the definition, signed: a path inside the folder like `file`. */
  definitionFile?: string;
  licence?: string;
}

export interface Sources {
  rows: VideoRow[];
  /** Things worth saying that are not errors (ignored columns). */
  notes: string[];
  errors: string[];
}

export const INDEX_FILE = 'index.tsv';
/** Containers media-info can read. */
const VIDEO_EXTENSIONS = new Set(['.webm', '.mkv', '.mp4', '.m4v', '.mov']);
/** TSV columns that map onto pack fields; "license" is the American spelling of "licence". */
const OPTIONAL_COLUMNS = ['id', 'signer', 'region', 'definition', 'definition_file', 'licence', 'license'] as const;

export async function readSources(folder: string): Promise<Sources> {
  const indexPath = path.join(folder, INDEX_FILE);
  if (existsSync(indexPath)) return fromIndex(parseTsv(await readFile(indexPath, 'utf8')));
  return fromFileNames(folder);
}

function fromIndex(table: ReturnType<typeof parseTsv>): Sources {
  const sources: Sources = { rows: [], notes: [], errors: [] };
  const missing = ['word', 'file'].filter((column) => !table.columns.includes(column));
  if (missing.length > 0) {
    sources.errors.push(`${INDEX_FILE} needs the columns "word" and "file" (tab-separated header); found: ${table.columns.join(', ') || 'nothing'}`);
    return sources;
  }
  const known = new Set<string>(['word', 'file', ...OPTIONAL_COLUMNS]);
  const ignored = table.columns.filter((column) => !known.has(column));
  if (ignored.length > 0) sources.notes.push(`${INDEX_FILE}: columns not used in the pack: ${ignored.join(', ')}`);
  for (const row of table.rows) {
    const parsed = fromIndexRow(row);
    if (typeof parsed === 'string') sources.errors.push(`${INDEX_FILE} line ${row.line}: ${parsed}`);
    else sources.rows.push(parsed);
  }
  if (table.rows.length === 0) sources.errors.push(`${INDEX_FILE} has no rows under its header`);
  return sources;
}

/** The row, or what is wrong with it. */
function fromIndexRow(row: TsvRow): VideoRow | string {
  const cell = (name: string) => row.cells.get(name) || undefined;
  const forms = splitForms(cell('word') ?? '');
  if (forms.length === 0) return 'the "word" cell is empty';
  const file = relativeFile(cell('file') ?? '');
  if ('error' in file) return file.error;
  const definitionCell = cell('definition_file');
  const definitionFile = definitionCell === undefined ? undefined : relativeFile(definitionCell);
  if (definitionFile && 'error' in definitionFile) return `definition_file: ${definitionFile.error}`;
  return {
    origin: `${INDEX_FILE} line ${row.line}`,
    forms,
    file: file.path,
    id: cell('id'),
    signer: cell('signer'),
    region: cell('region'),
    definition: cell('definition'),
    ...(definitionFile ? { definitionFile: definitionFile.path } : {}),
    licence: cell('licence') ?? cell('license'),
  };
}

/** "réseau|réseaux" → ["réseau", "réseaux"], in NFC so that equal words are equal strings. */
function splitForms(word: string): string[] {
  const forms = word
    .split('|')
    .map((form) => form.trim().normalize('NFC'))
    .filter((form) => form !== '');
  return [...new Set(forms)];
}

/** A path inside the folder, "/"-separated (spreadsheets made on Windows may write "\\"). */
function relativeFile(cell: string): { path: string } | { error: string } {
  if (cell === '') return { error: 'the "file" cell is empty' };
  const file = path.posix.normalize(cell.replaceAll('\\', '/'));
  if (path.posix.isAbsolute(file) || /^[A-Za-z]:/.test(file)) return { error: `"${cell}" must be a path relative to the folder` };
  if (file === '..' || file.startsWith('../')) return { error: `"${cell}" points outside the folder` };
  return { path: file };
}

async function fromFileNames(folder: string): Promise<Sources> {
  const files = (await listFiles(folder)).filter((file) => VIDEO_EXTENSIONS.has(path.extname(file).toLowerCase()));
  const sources: Sources = { rows: [], notes: [], errors: [] };
  if (files.length === 0) {
    sources.errors.push(`no ${INDEX_FILE} and no video files (${[...VIDEO_EXTENSIONS].join(', ')}) in ${folder}`);
  }
  for (const file of files.sort()) {
    const forms = splitForms(path.posix.basename(file, path.posix.extname(file)));
    if (forms.length > 0) sources.rows.push({ origin: file, forms, file });
  }
  return sources;
}

/** Files under a folder as "/"-separated relative paths, skipping hidden ones (".git", ".DS_Store"). */
async function listFiles(folder: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(path.join(folder, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(folder, relative)));
    else if (entry.isFile()) found.push(relative);
  }
  return found;
}
