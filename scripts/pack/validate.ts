/**
 * `pack validate <pack.json | folder | URL>`: the checks the extension runs on a pack it
 * downloads (validatePack), plus what only a publisher's machine can check: that the video
 * files a local pack points to exist, and that a hosted pack's video URLs resolve to something
 * Signet will load (a pack served over plain http to the world resolves its relative URLs to
 * http, which Signet refuses). A sharded pack has each of its shards read and checked too:
 * its hash, its count of entries, its entries, and ids unique across shards.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { stat } from 'node:fs/promises';
import { MAX_PROBLEMS } from '../../src/core/pack/limits';
import { JsonPath, ProblemList, isJsonObject } from '../../src/core/pack/problems';
import { isSharded, type PackDocument, type PackProblem, type PackShardRef } from '../../src/core/pack/types';
import { checkVideoUrl, resolveVideoUrl } from '../../src/core/pack/urls';
import { validatePack, validateShard } from '../../src/core/pack/validate';
import { PACK_FILE } from './build';
import { CommandError } from './errors';
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
  if (!isSharded(pack)) return { problems: [], summary: summarise(pack, pack.entries) };
  const shards = await checkShards(pack.shards, loaded);
  if (shards.problems.length > 0) return { problems: shards.problems };
  return { problems: [], summary: summarise(pack, shards.entries, pack.shards.length) };
}

/** Reads and checks every shard; problems are named "<shard url> <json path>". */
async function checkShards(refs: readonly PackShardRef[], loaded: LoadedText): Promise<{ problems: PackProblem[]; entries: Array<{ videos: unknown[] }> }> {
  const problems: PackProblem[] = [];
  const entries: Array<{ videos: unknown[] }> = [];
  const ids = new Map<string, string>();
  for (const ref of refs) {
    const at = (path: string, message: string) => problems.push({ path: `${ref.url} ${path}`, message });
    let shard: LoadedText;
    try {
      shard = await loadRelative(ref.url, loaded);
    } catch (error) {
      at('$', error instanceof CommandError ? error.lines.join('; ') : String(error));
      continue;
    }
    if (ref.sha256 && createHash('sha256').update(shard.text).digest('hex') !== ref.sha256) {
      at('$', 'its SHA-256 is not the one pack.json gives: rebuild the pack, or publish the shard that goes with this pack.json');
    }
    let json: unknown;
    try {
      json = JSON.parse(shard.text);
    } catch (error) {
      at('$', `not valid JSON: ${describeJsonError(error as Error, shard.text)}`);
      continue;
    }
    const result = validateShard(json);
    for (const problem of result.problems) at(problem.path, problem.message);
    for (const problem of await checkVideoTargets(json, loaded)) at(problem.path, problem.message);
    if (!result.entries) continue;
    if (result.entries.length !== ref.entries) at('$.entries', `holds ${result.entries.length} entries, but pack.json says ${ref.entries}`);
    result.entries.forEach((entry, index) => {
      const first = ids.get(entry.id);
      if (first !== undefined) at(`$.entries[${index}].id`, `repeats the id "${entry.id}" of ${first}; ids must be unique within a pack`);
      else ids.set(entry.id, ref.url);
    });
    entries.push(...result.entries);
  }
  return { problems, entries };
}

/** A shard's text, from a file beside a local pack.json or from the web beside a hosted one. */
function loadRelative(url: string, pack: LoadedText): Promise<LoadedText> {
  const resolved = new URL(url, pack.url);
  if (resolved.protocol === 'file:') return loadPackText(fileURLToPath(resolved), PACK_FILE);
  return loadPackText(resolved.href, PACK_FILE);
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
        problems.addEnglish(path, 'cannot be mapped to a file path (an encoded "/"?)');
        continue;
      }
      if (!(await stat(file).catch(() => null))?.isFile()) problems.addEnglish(path, `file not found: ${file}`);
    } else if (resolveVideoUrl(url, loaded.url) === null) {
      problems.addEnglish(path, `resolves to ${new URL(url, loaded.url).href}, which Signet will not load: host the pack on https://`);
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

function summarise(pack: PackDocument, entries: ReadonlyArray<{ videos: unknown[] }>, shards = 0): string {
  const videos = entries.reduce((sum, entry) => sum + entry.videos.length, 0);
  const inShards = shards > 0 ? ` in ${shards} shards` : '';
  return `valid: "${pack.name}" (${pack.id} ${pack.version}, ${pack.signLanguage} for ${pack.spokenLanguage}): ${entries.length} entries${inShards}, ${videos} videos`;
}
