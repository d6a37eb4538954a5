/**
 * Lingua Libre as a source: the live, open (CC BY-SA) base of recorded signs, read with one
 * SPARQL query per sign language and stored like a pack (one part), so that it answers offline
 * and a failed or odd answer never replaces a good copy. Its videos are Wikimedia Commons files;
 * each keeps its speaker and a link to its Commons page as its credit.
 *
 * The endpoint and the Commons hosts are the production ones unless a test configured others
 * (setLinguaLibreEndpoints, reachable only from the test build's worker global, never from a page).
 */
import type { SourceSummary } from '../common/messages';
import { readRecordsAnswer, type AnswerProblem } from '../core/lingualibre/answer';
import { COMMONS_ENDPOINTS, type CommonsEndpoints } from '../core/lingualibre/commons';
import { recordsToEntries } from '../core/lingualibre/entries';
import { linguaLibreLanguage, linguaLibreSourceId, type LinguaLibreLanguage } from '../core/lingualibre/languages';
import { buildQueryUrl, buildRecordsQuery, MAX_RECORDS, SPARQL_JSON } from '../core/lingualibre/query';
import { resolveVideoUrl } from '../core/pack/urls';
import { parsePackAddress } from './address';
import { downloadIfChanged } from './download';
import { partIdOf, sha256Hex } from './hash';
import { InstallJobs } from './jobs';
import { removesTooMuch } from './source-identity';
import { parseJson } from './pack-entries';
import type { NewSource, SourceStore, StoredEntry, StoredSource } from './store';
import { text, type TextKey } from './texts';

/** What is wrong with an answer, in the UI's language (the core's `reason` is English). */
const ANSWER_PROBLEM_TEXT: Record<AnswerProblem, TextKey> = {
  not_results: 'bg_ll_reason_not_results',
  too_many: 'bg_ll_reason_too_many',
  no_record: 'bg_ll_reason_no_record',
  none_usable: 'bg_ll_reason_none_usable',
};

export interface LinguaLibreEndpoints extends CommonsEndpoints {
  sparql: string;
}

export const LINGUA_LIBRE_ENDPOINTS: LinguaLibreEndpoints = {
  sparql: 'https://lingualibre.org/bigdata/namespace/wdq/sparql',
  ...COMMONS_ENDPOINTS,
};

const CONFIG_KEY = 'lingualibre-endpoints';
/** About 750 LSF records make ~200 kB of JSON; this leaves room for growth and other languages. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** Blazegraph can take a while on a cold query. */
const QUERY_TIMEOUT_MS = 45_000;

export interface LinguaLibreOptions {
  store: SourceStore;
  jobs?: InstallJobs;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export async function linguaLibreEndpoints(store: SourceStore): Promise<LinguaLibreEndpoints> {
  // Only the test build reads other endpoints: the published extension always asks Lingua Libre,
  // whatever a test build may have left in a profile.
  if (!__SIGNET_TEST_BUILD__) return LINGUA_LIBRE_ENDPOINTS;
  const stored = await store.getConfig<Partial<LinguaLibreEndpoints>>(CONFIG_KEY).catch(() => undefined);
  return { ...LINGUA_LIBRE_ENDPOINTS, ...stored };
}

/** For tests and demos (through the worker's global only): where the base and Commons are; undefined restores production. */
export async function setLinguaLibreEndpoints(store: SourceStore, endpoints: Partial<LinguaLibreEndpoints> | undefined): Promise<void> {
  if (endpoints) {
    for (const value of Object.values(endpoints)) if (typeof value === 'string') parsePackAddress(value);
  }
  await store.setConfig(CONFIG_KEY, endpoints);
}

function describe(language: LinguaLibreLanguage, endpoints: LinguaLibreEndpoints, entryCount: number, version: string): NewSource {
  const summary: SourceSummary = {
    id: linguaLibreSourceId(language.signLanguage),
    name: `Lingua Libre (${language.abbreviation})`,
    url: endpoints.sparql,
    version,
    signLanguage: language.signLanguage,
    spokenLanguage: language.spokenLanguage,
    // Each file's own licence (CC BY-SA, version per file) is on its Commons page, linked under the video.
    licence: 'CC BY-SA',
    attribution: 'Lingua Libre – Wikimedia Commons',
    entryCount,
    installedAt: Date.now(),
  };
  return { summary, kind: 'lingualibre', packUrl: endpoints.sparql, homepage: 'https://lingualibre.org/' };
}

/**
 * Adds the source of a sign language, empty and enabled, then reads it. An already added source
 * is only read again. Resolves when the read is done; a failed read (offline at install) leaves
 * the source listed with its error (lastError), and the next check tries again.
 */
export async function addLinguaLibre(signLanguage: string, options: LinguaLibreOptions): Promise<StoredSource> {
  const language = linguaLibreLanguage(signLanguage);
  if (!language) throw new Error(text('bg_ll_unknown_language', signLanguage));
  const id = linguaLibreSourceId(language.signLanguage);
  if (!(await options.store.getSource(id))) {
    const endpoints = await linguaLibreEndpoints(options.store);
    await options.store.switchSource(describe(language, endpoints, 0, ''), [], 'upsert');
  }
  await syncLinguaLibre(id, options).catch(() => undefined);
  return (await options.store.getSource(id))!;
}

/** Reads the records of one installed Lingua Libre source again; true when its content changed. */
export async function syncLinguaLibre(sourceId: string, options: LinguaLibreOptions): Promise<boolean> {
  const jobs = options.jobs ?? new InstallJobs();
  return jobs.run(sourceId, async () => {
    const source = await options.store.getSource(sourceId);
    const language = source && linguaLibreLanguage(source.summary.signLanguage);
    if (source?.kind !== 'lingualibre' || !language) throw new Error(text('bg_ll_not_source'));
    const endpoints = await linguaLibreEndpoints(options.store);
    const progress = jobs.track(endpoints.sparql);
    progress.rekey(sourceId);
    progress.update({ name: source.summary.name, total: 1 });
    try {
      return await sync(source, language, endpoints, options);
    } catch (error) {
      await options.store.setStatus(sourceId, { checkedAt: Date.now(), lastError: (error as Error).message }).catch(() => undefined);
      throw error;
    } finally {
      progress.end();
    }
  });
}

async function sync(source: StoredSource, language: LinguaLibreLanguage, endpoints: LinguaLibreEndpoints, options: LinguaLibreOptions): Promise<boolean> {
  const url = parsePackAddress(buildQueryUrl(endpoints.sparql, buildRecordsQuery(language)));
  // Same query at the same address: the answer's validators say whether anything changed.
  const sameQuery = source.parts[0]?.url === url.href;
  const download = await downloadIfChanged(url, {
    timeoutMs: options.timeoutMs ?? QUERY_TIMEOUT_MS,
    maxBytes: MAX_ANSWER_BYTES,
    accept: `${SPARQL_JSON}, application/json;q=0.9`,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(sameQuery && (source.etag || source.lastModified)
      ? { validators: { ...(source.etag ? { etag: source.etag } : {}), ...(source.lastModified ? { lastModified: source.lastModified } : {}) } }
      : {}),
  }).catch((error: unknown) => {
    throw new Error(text('bg_ll_unreachable', (error as Error).message));
  });
  if (download.notModified) {
    await options.store.setStatus(source.summary.id, { checkedAt: Date.now(), lastError: undefined });
    return false;
  }
  const answer = readRecordsAnswer(parseJson(download.text, text('bg_ll_not_json')));
  if (!answer.ok) throw new Error(text('bg_ll_bad_answer', text(ANSWER_PROBLEM_TEXT[answer.code], MAX_RECORDS)));

  const entries: StoredEntry[] = [];
  for (const entry of recordsToEntries(answer.records, endpoints)) {
    // Checked like a pack's: only https (or http on this computer, for tests) reaches the player.
    const videos = entry.videos.filter((video) => resolveVideoUrl(video.url, video.url) === video.url && resolveVideoUrl(video.page, video.page) === video.page);
    if (videos.length > 0) entries.push({ ...entry, videos });
  }
  const sha256 = await sha256Hex(download.bytes);
  const partId = await partIdOf(endpoints.transcoded + endpoints.filePath + endpoints.filePage, sha256);
  const status = { checkedAt: Date.now(), lastError: undefined, skipped: answer.skipped, ...validatorsOf(download) };
  if (source.parts.length === 1 && source.parts[0]!.id === partId) {
    await options.store.setStatus(source.summary.id, status);
    return false;
  }
  const next = { ...describe(language, endpoints, entries.length, new Date().toISOString().slice(0, 10)), ...status };
  await options.store.putPart(source.summary.id, partId, entries);
  const parts = [{ id: partId, url: url.href, entries: entries.length, sha256 }];
  // An answer with far fewer records than before (a query cut short, a base being rebuilt) waits
  // for the reader like a pack's update does; the signs of before answer meanwhile.
  if (removesTooMuch(source, next)) {
    await options.store.holdUpdate(source.summary.id, next, parts);
    await options.store.setStatus(source.summary.id, { checkedAt: Date.now(), lastError: undefined });
    return false;
  }
  const installed = await options.store.switchSource(next, parts, 'update');
  return installed !== null;
}

function validatorsOf(download: { etag?: string; lastModified?: string }): { etag?: string; lastModified?: string } {
  return { ...(download.etag ? { etag: download.etag } : {}), ...(download.lastModified ? { lastModified: download.lastModified } : {}) };
}
