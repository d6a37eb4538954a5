/**
 * From a recorded take (or a file) to a draft under review, and from a reviewed draft to a saved
 * sign. Each step's time is noted (performance.measure) for the studio's figures.
 */
import { suggestTrim, type TrimRange } from '../core/studio/trim';
import type { MySign, SignTags } from '../core/studio/types';
import { cutVideo, motionSamples, readTakeInfo, videoFacts, type TakeInfo } from './media';
import { saveSign } from './signs';
import type { TakeStore, TakeRecord } from './takes';

export interface Draft {
  /** The take it came from (deleted once saved), or none for a file. */
  takeId?: string;
  word: string;
  blob: Blob;
  info: TakeInfo;
  range: TrimRange;
  suggested: TrimRange | null;
  /** The frames have been looked at (the suggestion is known, or none could be made). */
  analysed: boolean;
  /** A saved sign trimmed again: saving replaces its video (and tags), keeping its id. */
  replaces?: MySign;
}

/** A saved sign's video, back under review to be trimmed again. */
export async function draftOfSign(sign: MySign, blob: Blob): Promise<Draft> {
  const info = await readTakeInfo(blob);
  return { word: sign.forms[0] ?? '', blob, info, range: { start: 0, end: info.duration }, suggested: null, analysed: false, replaces: sign };
}

export async function draftOfTake(takes: TakeStore, take: TakeRecord): Promise<Draft> {
  const blob = await takes.blobOf(take);
  const info = await readTakeInfo(blob);
  return { takeId: take.id, word: take.word, blob, info, range: { start: 0, end: info.duration }, suggested: null, analysed: false };
}

/** The trim suggested from stillness at the start and end; null when the take could not be read frame by frame. */
export async function suggestFor(draft: Draft): Promise<TrimRange | null> {
  try {
    return suggestTrim(await motionSamples(draft.blob), draft.info.duration);
  } catch {
    return null;
  }
}

/** Cuts the chosen range, reads the file's own facts, stores the sign, then forgets the take. */
export async function saveDraft(db: IDBDatabase, takes: TakeStore, draft: Draft, tags: SignTags): Promise<MySign> {
  const started = performance.now();
  const whole = draft.range.start <= 0 && draft.range.end >= draft.info.duration;
  // A file whose header already states its length is kept byte for byte when it is not trimmed.
  let blob = draft.blob;
  let facts = draft.takeId || !whole ? null : await videoFacts(blob).catch(() => null);
  if (!facts) {
    blob = await cutVideo(draft.blob, draft.range);
    facts = await videoFacts(blob);
  }
  const sign = await saveSign(db, tags, { blob, facts }, draft.replaces);
  if (draft.takeId) await takes.discard(draft.takeId).catch(() => undefined);
  performance.measure('signet-studio-save', { start: started, end: performance.now() });
  return sign;
}
