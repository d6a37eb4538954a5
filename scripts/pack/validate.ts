/**
 * `pack validate <pack.json | folder | URL>`: the checks the extension runs on a pack it
 * downloads (validatePack), plus what only a publisher's machine can check: that the video
 * files a local pack points to exist, and that a hosted pack's video URLs resolve to something
 * Signet will load (a pack served over plain http to the world resolves its relative URLs to
 * http, which Signet refuses).
 */
import { fileURLToPath } from 'node:url';
import { stat } from 'node:fs/promises';
import { MAX_PROBLEMS } from '../../src/core/pack/limits';
import { JsonPath, ProblemList, isJsonObject } from '../../src/core/pack/problems';
import type { PackProblem, PackV1 } from '../../src/core/pack/types';
import { checkVideoUrl, resolveVideoUrl } from '../../src/core/pack/urls';
import { validatePack } from '../../src/core/pack/validate';
import { PACK_FILE } from './build';
import { loadPackText, type LoadedText } from './load';

export interface ValidationReport {
  problems: PackProblem[];
  /** One line about a pack without problems. */
  summary?: string;
}

export async function validateTarget(target: string): Promise<ValidationReport> {
  const loaded = await loadPackText(target, PACK_FILE);
  let json: unknown;
  try {
    json = JSON.parse(loaded.text);
  } catch (error) {
    return { problems: [{ path: '$', message: `not valid JSON: ${describeJsonError(error as Error, loaded.text)}` }] };
  }
  const { pack, problems } = validatePack(json);
  const videoProblems = await checkVideoTargets(json, loaded);
  const all = [...problems, ...videoProblems];
  if (all.length > 0 || !pack) return { problems: all };
  return { problems: [], summary: summarise(pack) };
}

/** Every well-formed video URL in the (possibly invalid) pack, so that all problems come in one run. */
function* videoUrls(json: unknown): Generator<{ path: JsonPath; url: string }> {
  if (!isJsonObject(json) || !Array.isArray(json.entries)) return;
  for (const [i, entry] of json.entries.entries()) {
    if (!isJsonObject(entry) || !Array.isArray(entry.videos)) continue;
    for (const [j, video] of entry.videos.entries()) {
      if (!isJsonObject(video) || typeof video.url !== 'string' || checkVideoUrl(video.url) !== null) continue;
      yield { path: JsonPath.root.child('entries').child(i).child('videos').child(j).child('url'), url: video.url };
    }
  }
}

async function checkVideoTargets(json: unknown, loaded: LoadedText): Promise<PackProblem[]> {
  const problems = new ProblemList(MAX_PROBLEMS);
  for (const { path, url } of videoUrls(json)) {
    if (loaded.file) {
      const resolved = new URL(url, loaded.url);
      // Absolute https URLs point elsewhere: not checkable offline.
      if (resolved.protocol !== 'file:') continue;
      let file: string;
      try {
        file = fileURLToPath(resolved);
      } catch {
        problems.add(path, 'cannot be mapped to a file path (an encoded "/"?)');
        continue;
      }
      if (!(await stat(file).catch(() => null))?.isFile()) problems.add(path, `file not found: ${file}`);
    } else if (resolveVideoUrl(url, loaded.url) === null) {
      problems.add(path, `resolves to ${new URL(url, loaded.url).href}, which Signet will not load: host the pack on https://`);
    }
  }
  return problems.toArray();
}

/** Node's JSON.parse message, with the line and column of its "position N" when it gives one. */
function describeJsonError(error: Error, text: string): string {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if (position === undefined) return error.message;
  const before = text.slice(0, Number(position)).split('\n');
  return `${error.message} (line ${before.length}, column ${before.at(-1)!.length + 1})`;
}

function summarise(pack: PackV1): string {
  const videos = pack.entries.reduce((sum, entry) => sum + entry.videos.length, 0);
  return `valid: "${pack.name}" (${pack.id} ${pack.version}, ${pack.signLanguage} for ${pack.spokenLanguage}): ${pack.entries.length} entries, ${videos} videos`;
}
