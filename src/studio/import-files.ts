/**
 * Importing signs from files: video files (their names are the words), a folder holding
 * index.tsv (the pack command's columns). Each file is checked (size, container, decodable
 * video, a length) and each row's tags by the rules of packs; a bad file or row is reported by
 * name and the others are saved. A file whose header states its length is kept byte for byte;
 * one without (a MediaRecorder WebM) is re-muxed with the whole range.
 */
import { INDEX_FILE, isVideoName, parseIndexTsv, rowsFromFileNames, type ImportRow } from '../core/studio/import-rows';
import { checkTags } from '../core/studio/tags';
import { LICENCES, type Licence, type SignTags } from '../core/studio/types';
import { cutVideo, MAX_VIDEO_FILE_BYTES, MediaError, readTakeInfo, videoFacts } from './media';
import { saveSign } from './signs';
import type { StudioPrefs } from './useStudioDb';

/** The last frame's timestamp is a frame short of the header's length: half a second is far more than that. */
const TRUNCATION_SLACK_S = 0.5;

export interface ImportReport {
  saved: string[];
  /** "achat.webm: not a video" */
  problems: string[];
}

/** The path of a picked file inside the picked folder ("elix/videos/a.webm" → "videos/a.webm"). */
function pathInFolder(file: File): string {
  const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
  const parts = relative.split('/');
  return (parts.length > 1 ? parts.slice(1) : parts).join('/').normalize('NFC');
}

export async function importFiles(
  db: IDBDatabase,
  files: readonly File[],
  prefs: StudioPrefs,
  describe: (error: unknown) => string,
  onProgress: (done: number, total: number) => void,
): Promise<ImportReport> {
  const byPath = new Map(files.map((file) => [pathInFolder(file), file]));
  const index = [...byPath.entries()].find(([path]) => path === INDEX_FILE || path.endsWith(`/${INDEX_FILE}`));
  const report: ImportReport = { saved: [], problems: [] };
  let rows: ImportRow[];
  if (index) {
    const plan = parseIndexTsv(await index[1].text());
    report.problems.push(...plan.errors);
    const base = index[0].slice(0, -INDEX_FILE.length);
    rows = plan.rows.map((row) => ({ ...row, file: base + row.file }));
  } else {
    rows = rowsFromFileNames([...byPath.keys()]);
    for (const path of byPath.keys()) if (!isVideoName(path)) report.problems.push(`${path}: ${describe(new MediaError('not-video'))}`);
  }
  // Without folder paths (files dropped together, or a browser that gives none), a row's file is
  // found by its name when no two picked files share it.
  const names = new Map<string, File | null>();
  for (const file of files) names.set(file.name.normalize('NFC'), names.has(file.name.normalize('NFC')) ? null : file);
  const byName = (path: string) => names.get(path.split('/').pop()!) ?? undefined;
  let done = 0;
  for (const row of rows) {
    onProgress(done++, rows.length);
    const file = byPath.get(row.file) ?? byName(row.file);
    if (!file) {
      report.problems.push(`${row.origin}: ${describe(new MediaError('missing'))} (${row.file})`);
      continue;
    }
    const tags = tagsOf(row, prefs);
    const problems = checkTags(tags);
    if (problems.length > 0) {
      report.problems.push(`${row.origin}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`);
      continue;
    }
    try {
      await saveSign(db, tags, await readVideo(file));
      report.saved.push(row.forms[0]!);
    } catch (error) {
      report.problems.push(`${row.origin}: ${describe(error)}`);
    }
  }
  onProgress(rows.length, rows.length);
  return report;
}

function tagsOf(row: ImportRow, prefs: StudioPrefs): SignTags {
  const licence = (LICENCES as readonly string[]).includes(row.licence ?? '') ? (row.licence as Licence) : (prefs.licence as Licence);
  const tags: SignTags = { forms: row.forms, spokenLanguage: prefs.spokenLanguage, signLanguage: prefs.signLanguage, signer: row.signer ?? prefs.signer.trim(), licence };
  const region = row.region ?? (prefs.region || undefined);
  if (region) tags.region = region;
  if (row.definition) tags.definition = row.definition;
  return tags;
}

/** A video file made ready to save: checked, kept byte for byte when its header is sound, else re-muxed. */
export async function readVideo(file: File) {
  if (file.size > MAX_VIDEO_FILE_BYTES) throw new MediaError('too-large');
  const info = await readTakeInfo(file);
  const facts = await videoFacts(file).catch(() => null);
  // A header promising more than the frames hold is a file cut short (an interrupted copy or
  // download): saved, it would claim a length it cannot play.
  if (facts && facts.duration > info.duration + TRUNCATION_SLACK_S) throw new MediaError('damaged');
  if (facts) return { blob: new Blob([file], { type: facts.type }), facts };
  const blob = await cutVideo(file, { start: 0, end: info.duration });
  return { blob, facts: await videoFacts(blob) };
}
