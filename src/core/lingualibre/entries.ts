/**
 * Lingua Libre records → dictionary entries: one entry per written word, with a video per
 * recording (several speakers often sign the same word), each credited to its speaker and linked
 * to its Commons file page, as CC BY-SA asks.
 */
import type { VideoView } from '../words';
import { md5Hex } from '../md5';
import type { LinguaLibreRecord } from './answer';
import { filePageUrl, playableUrl, type CommonsEndpoints } from './commons';

/** An entry as the background stores it (the same shape as a pack's, video URLs absolute). */
export interface LinguaLibreEntry {
  id: string;
  forms: string[];
  videos: LinguaLibreVideo[];
}

/** A recording as the player shows it; Lingua Libre always has a Commons file page to credit. */
export type LinguaLibreVideo = VideoView & { page: string };

/** Videos per word kept; a word recorded more often than this keeps its first recordings. */
const MAX_VIDEOS_PER_WORD = 32;

export function recordsToEntries(records: readonly LinguaLibreRecord[], endpoints: CommonsEndpoints): LinguaLibreEntry[] {
  const byWord = new Map<string, LinguaLibreEntry>();
  const files = new Set<string>();
  const ids = new Set<string>();
  for (const record of records) {
    // The same file listed twice (a record with two labels for its speaker) is one video.
    if (files.has(record.file)) continue;
    files.add(record.file);
    let entry = byWord.get(record.word);
    if (!entry) {
      entry = { id: entryId(record.word, ids), forms: [record.word], videos: [] };
      byWord.set(record.word, entry);
    }
    if (entry.videos.length >= MAX_VIDEOS_PER_WORD) continue;
    const video: LinguaLibreVideo = {
      url: playableUrl(record.file, endpoints),
      type: 'video/webm',
      width: 0,
      height: 0,
      duration: 0,
      page: filePageUrl(record.file, endpoints),
    };
    if (record.speaker) video.signer = record.speaker;
    entry.videos.push(video);
  }
  return [...byWord.values()];
}

/** A stable id from the word (the same word keeps its id across syncs). */
function entryId(word: string, taken: Set<string>): string {
  const base = `ll-${md5Hex(word).slice(0, 16)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
