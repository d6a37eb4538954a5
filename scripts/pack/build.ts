/**
 * `pack build <folder> --out <dir>`: turns a folder of sign videos (and its index.tsv) into a
 * pack: <out>/pack.json plus the videos, copied with their relative paths. Every video is
 * measured (width, height, duration) from its own bytes; the pack is validated with the same
 * code the extension runs before anything is written, and pack.json is written last, so a
 * failed build never leaves a folder that looks like a pack.
 */
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readMediaInfo } from '../../src/core/pack/media-info';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackEntry, type PackV1, type PackVideo } from '../../src/core/pack/types';
import { validatePack } from '../../src/core/pack/validate';
import { CommandError } from './errors';
import { IdAllocator } from './ids';
import { resolveMetadata, type MetadataField } from './metadata';
import { writePack } from './shards';
import { readSources, type VideoRow } from './sources';

export { PACK_FILE } from './shards';

export interface BuildResult {
  packFile: string;
  entries: number;
  videos: number;
  bytesCopied: number;
  /** Shard files written; 0 when pack.json holds the entries. */
  shards: number;
  notes: string[];
}

/** `shardSize`: write shard files of at most this many entries instead of one pack.json. */
export async function buildPack(folder: string, out: string, options: Partial<Record<MetadataField, string>>, shardSize?: number): Promise<BuildResult> {
  const source = path.resolve(folder);
  const target = path.resolve(out);
  if (!(await stat(source).catch(() => null))?.isDirectory()) throw new CommandError([`${folder}: not a folder`]);
  if (target === source || target.startsWith(source + path.sep)) {
    throw new CommandError([`--out must be outside ${folder}: the pack is a copy, not the sources themselves`]);
  }
  const sources = await readSources(source);
  if (sources.errors.length > 0) throw new CommandError(sources.errors);
  const rowLicences = new Set(sources.rows.flatMap((row) => (row.licence ? [row.licence] : [])));
  const metadata = await resolveMetadata(source, options, rowLicences);
  const videos = await measureVideos(source, sources.rows);

  const { homepage, ...required } = metadata;
  const pack: PackV1 = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    ...required,
    ...(homepage ? { homepage } : {}),
    entries: groupEntries(sources.rows, videos),
  };
  // Checked before anything is copied; a sharded build checks each shard as it writes it (a
  // pack.json alone may not hold that many entries).
  const { problems } = shardSize === undefined ? validatePack(pack) : { problems: [] };
  if (problems.length > 0) {
    throw new CommandError(['the pack would not be valid:', ...problems.map((problem) => `  ${problem.path}: ${problem.message}`)]);
  }

  await mkdir(target, { recursive: true });
  let bytesCopied = 0;
  for (const file of new Set(sources.rows.flatMap((row) => (row.definitionFile ? [row.file, row.definitionFile] : [row.file])))) {
    const destination = path.join(target, file);
    await mkdir(path.dirname(destination), { recursive: true });
    await copyFile(path.join(source, file), destination);
    bytesCopied += (await stat(destination)).size;
  }
  // pack.json is written last, beside then renamed: a reader (or a web server) never sees half a pack.
  const { entries, ...header } = pack;
  const written = await writePack(target, header, entries, shardSize);
  return {
    packFile: written.packFile,
    entries: entries.length,
    videos: entries.reduce((sum, entry) => sum + entry.videos.length, 0),
    bytesCopied,
    shards: written.shards,
    notes: sources.notes,
  };
}

interface RowVideos {
  sign: PackVideo;
  /** The signed definition (index.tsv column definition_file), if the row has one. */
  definition?: PackVideo;
}

/** Each row's videos as pack.json describes them; every unreadable file is reported, then the build stops. */
async function measureVideos(source: string, rows: readonly VideoRow[]): Promise<Map<VideoRow, RowVideos>> {
  const videos = new Map<VideoRow, RowVideos>();
  const errors: string[] = [];
  for (const row of rows) {
    const sign = await measureVideo(source, row, row.file, errors);
    const definition = row.definitionFile ? await measureVideo(source, row, row.definitionFile, errors) : undefined;
    if (sign) videos.set(row, { sign, ...(definition ? { definition } : {}) });
  }
  if (errors.length > 0) throw new CommandError(errors);
  return videos;
}

async function measureVideo(source: string, row: VideoRow, file: string, errors: string[]): Promise<PackVideo | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path.join(source, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    errors.push(`${row.origin}: ${file}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? error})`}`);
    return undefined;
  }
  const result = readMediaInfo(bytes);
  if (!result.info) {
    errors.push(`${row.origin}: ${file}: cannot read its size and duration: ${result.reason}`);
    return undefined;
  }
  const { width, height, duration, type } = result.info;
  return {
    url: encodeRelativePath(file),
    type,
    width,
    height,
    duration: Math.round(duration * 1000) / 1000,
    ...(row.signer ? { signer: row.signer } : {}),
    ...(row.region ? { region: row.region } : {}),
  };
}

/** "videos/réseau local.webm" → "videos/r%C3%A9seau%20local.webm": each segment percent-encoded, "/" kept. */
export function encodeRelativePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * Rows with the same written forms become one entry with several videos, in the order of the
 * rows. Ids come from an "id" column when given, else from the first form, made unique.
 */
function groupEntries(rows: readonly VideoRow[], videos: ReadonlyMap<VideoRow, RowVideos>): PackEntry[] {
  const groups = new Map<string, VideoRow[]>();
  for (const row of rows) {
    const key = row.forms.join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const explicitIds = rows.flatMap((row) => (row.id ? [row.id] : []));
  const ids = new IdAllocator(explicitIds);
  return [...groups.values()].map((group, index) => {
    const first = group[0]!;
    const entryVideos: PackVideo[] = [];
    const definitionVideos: PackVideo[] = [];
    const addOnce = (list: PackVideo[], video: PackVideo | undefined) => {
      if (video && !list.some((known) => known.url === video.url)) list.push(video);
    };
    for (const row of group) {
      addOnce(entryVideos, videos.get(row)!.sign);
      addOnce(definitionVideos, videos.get(row)!.definition);
    }
    const definition = group.find((row) => row.definition)?.definition;
    return {
      id: group.find((row) => row.id)?.id ?? ids.fromWord(first.forms[0]!, `entry-${index + 1}`),
      forms: first.forms,
      videos: entryVideos,
      ...(definition ? { definition } : {}),
      ...(definitionVideos.length > 0 ? { definitionVideos } : {}),
    };
  });
}
