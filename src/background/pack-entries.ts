/**
 * From a validated pack (or shard) to what is stored: video URLs resolved against pack.json's
 * address and checked once more on the result, only known fields copied, and the wording of
 * "not a dictionary" errors shared by every part of an install.
 */
import type { VideoView } from '../common/messages';
import type { PackEntry, PackProblem, PackVideo } from '../core/pack/types';
import { problemAt, unlistedCount } from '../core/pack/problems';
import { resolveVideoUrl } from '../core/pack/urls';
import { phrase } from '../core/pack/wording';
import type { StoredEntry } from './store';
import { problemMessage, text } from './texts';

/** Problems listed in an error message; more would not fit in the options page's message line. */
const PROBLEMS_SHOWN = 3;

/** Resolves every video URL against the pack's own address; refuses all the entries on any problem. */
export function toStoredEntries(entries: readonly PackEntry[], packUrl: string, where?: string): StoredEntry[] {
  const unresolvable: PackProblem[] = [];
  const stored = entries.map((entry, entryIndex) =>
    storedEntry(entry, (video, videoIndex, field) => {
      const resolved = resolveVideoUrl(video.url, packUrl);
      if (resolved === null) {
        unresolvable.push(problemAt(`$.entries[${entryIndex}].${field}[${videoIndex}].url`, phrase('url.unusable')));
      }
      return resolved ?? '';
    }),
  );
  if (unresolvable.length > 0) throw notADictionary(unresolvable, where);
  return stored;
}

/** Copies only the known fields, so nothing unexpected from the file reaches storage or pages. */
function storedEntry(entry: PackEntry, resolveUrl: (video: PackVideo, index: number, field: 'videos' | 'definitionVideos') => string): StoredEntry {
  const view =
    (field: 'videos' | 'definitionVideos') =>
    (video: PackVideo, index: number): VideoView => {
      const view: VideoView = { url: resolveUrl(video, index, field), type: video.type, width: video.width, height: video.height, duration: video.duration };
      if (video.signer !== undefined) view.signer = video.signer;
      if (video.region !== undefined) view.region = video.region;
      return view;
    };
  const stored: StoredEntry = { id: entry.id, forms: [...entry.forms], videos: entry.videos.map(view('videos')) };
  if (entry.definition !== undefined) stored.definition = entry.definition;
  if (entry.definitionVideos !== undefined) stored.definitionVideos = entry.definitionVideos.map(view('definitionVideos'));
  return stored;
}

/** `where`: the shard the problems are in ("shards/a.json"), absent for pack.json itself. */
export function notADictionary(problems: readonly PackProblem[], where?: string): Error {
  const subject = where ? text('bg_part_invalid', where) : text('bg_not_dictionary');
  if (problems.length === 0) return new Error(`${subject}.`);
  // Each problem as the UI's language words it, from its code: the validator's own message is
  // English (the pack command prints it).
  const listed = problems.slice(0, PROBLEMS_SHOWN).map((p) => text('bg_problem_item', p.path, problemMessage(p).replace(/\.$/, '')));
  // Numbered, because the validator's own messages may contain commas and semicolons.
  const shown = listed.length === 1 ? listed[0] : listed.map((item, i) => `(${i + 1}) ${item}`).join(' ');
  const more = countBeyond(problems, PROBLEMS_SHOWN);
  const rest = more > 0 ? text(more === 1 ? 'bg_problems_more_one' : 'bg_problems_more_other', more) : '';
  return new Error(text('bg_problems_sentence', subject, shown!, rest));
}

/** validatePack lists its first problems and ends with a line counting the others ("…and 12 more problems"). */
function countBeyond(problems: readonly PackProblem[], shown: number): number {
  const last = problems[problems.length - 1];
  const counted = last && problems.length > shown ? unlistedCount(last) : undefined;
  if (counted !== undefined) return problems.length - 1 - shown + counted;
  return Math.max(0, problems.length - shown);
}

/** The homepage becomes a link in the player and options: only http(s) may get there. */
export function safeHomepage(homepage: string | undefined): string | undefined {
  if (!homepage) return undefined;
  try {
    const url = new URL(homepage);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function parseJson(body: string, what = text('bg_not_json')): unknown {
  // An empty answer (a misconfigured server) gets its own words: "not JSON" would puzzle.
  if (body.trim() === '') throw new Error(text('bg_empty_file'));
  try {
    return JSON.parse(body);
  } catch {
    throw new Error(what);
  }
}
