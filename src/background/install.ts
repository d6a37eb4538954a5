/**
 * Installing a dictionary from the address of its pack.json: download, check, store. A pack whose
 * id is already installed replaces it (an update); until the new one is completely stored, the
 * old one keeps answering, and any failure leaves it in place.
 */
import type { SourceSummary, VideoView } from '../common/messages';
import type { PackEntry, PackProblem, PackV1, PackVideo } from '../core/pack/types';
import { MAX_PACK_BYTES } from '../core/pack/limits';
import { resolveVideoUrl } from '../core/pack/urls';
import { validatePack } from '../core/pack/validate';
import { parsePackAddress } from './address';
import { DEFAULT_TIMEOUT_MS, downloadText } from './download';
import type { SourceStore, StoredEntry } from './store';

export interface InstallOptions {
  store: SourceStore;
  timeoutMs?: number;
  maxBytes?: number;
  fetch?: typeof fetch;
}

/** Problems listed in an error message; more would not fit in the options page's message line. */
const PROBLEMS_SHOWN = 3;

export async function installPackFromUrl(address: string, options: InstallOptions): Promise<SourceSummary> {
  const url = parsePackAddress(address);
  const { text, finalUrl } = await downloadText(url, {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? MAX_PACK_BYTES,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const { pack, entries } = checkPack(parseJson(text), finalUrl);

  const summary: SourceSummary = {
    id: pack.id,
    name: pack.name,
    // The address the user gave, not the redirect target: updates ask the same address again.
    url: url.href,
    version: pack.version,
    signLanguage: pack.signLanguage,
    spokenLanguage: pack.spokenLanguage,
    licence: pack.licence,
    attribution: pack.attribution,
    entryCount: entries.length,
    installedAt: Date.now(),
  };
  const homepage = safeHomepage(pack.homepage);
  try {
    await options.store.putSource({ summary, packUrl: finalUrl, ...(homepage ? { homepage } : {}) }, entries);
  } catch {
    throw new Error('Signet could not save this dictionary in the browser’s storage. Free some disk space, then try again.');
  }
  return summary;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('This file is not a Signet dictionary: it is not JSON. Check that the address is that of the pack.json file, not of a web page.');
  }
}

/** Validates the pack and resolves every video URL against the pack's own address; refuses the whole pack on any problem. */
export function checkPack(json: unknown, packUrl: string): { pack: PackV1; entries: StoredEntry[] } {
  const { pack, problems } = validatePack(json);
  if (!pack || problems.length > 0) throw notADictionary(problems);

  const unresolvable: PackProblem[] = [];
  const entries = pack.entries.map((entry, entryIndex) =>
    storedEntry(entry, (video, videoIndex) => {
      const resolved = resolveVideoUrl(video.url, packUrl);
      if (resolved === null) {
        unresolvable.push({
          path: `$.entries[${entryIndex}].videos[${videoIndex}].url`,
          message: 'this video address cannot be used (it must be relative to pack.json, or start with https://)',
        });
      }
      return resolved ?? '';
    }),
  );
  if (unresolvable.length > 0) throw notADictionary(unresolvable);
  return { pack, entries };
}

/** Copies only the known fields, so nothing unexpected from the file reaches storage or pages. */
function storedEntry(entry: PackEntry, resolveUrl: (video: PackVideo, index: number) => string): StoredEntry {
  const videos = entry.videos.map((video, index): VideoView => {
    const view: VideoView = { url: resolveUrl(video, index), type: video.type, width: video.width, height: video.height, duration: video.duration };
    if (video.signer !== undefined) view.signer = video.signer;
    if (video.region !== undefined) view.region = video.region;
    return view;
  });
  const stored: StoredEntry = { id: entry.id, forms: [...entry.forms], videos };
  if (entry.definition !== undefined) stored.definition = entry.definition;
  return stored;
}

function notADictionary(problems: readonly PackProblem[]): Error {
  if (problems.length === 0) return new Error('This file is not a Signet dictionary.');
  const listed = problems.slice(0, PROBLEMS_SHOWN).map((p) => `${p.path}: ${p.message.replace(/\.$/, '')}`);
  // Numbered, because the validator's own messages may contain commas and semicolons.
  const shown = listed.length === 1 ? listed[0] : listed.map((text, i) => `(${i + 1}) ${text}`).join(' ');
  const more = countBeyond(problems, PROBLEMS_SHOWN);
  const rest = more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : '';
  return new Error(`This file is not a Signet dictionary: ${shown}${rest}.`);
}

/** validatePack lists its first problems and ends with a line counting the others ("…and 12 more problems"). */
function countBeyond(problems: readonly PackProblem[], shown: number): number {
  const last = problems[problems.length - 1];
  const counted = last && problems.length > shown ? /^…and (\d+) more problem/.exec(last.message) : null;
  if (counted) return problems.length - 1 - shown + Number(counted[1]);
  return Math.max(0, problems.length - shown);
}

/** The homepage becomes a link in the player and options: only http(s) may get there. */
function safeHomepage(homepage: string | undefined): string | undefined {
  if (!homepage) return undefined;
  try {
    const url = new URL(homepage);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
