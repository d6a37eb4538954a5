/**
 * The dictionary the background answers from: a WordIndex loaded lazily from storage.
 *
 * Chrome stops an idle service worker after about 30 seconds and starts it again for the next
 * message, so the index is loaded on the first question after each start, not at start-up (a
 * start for some other event should not pay for it). Concurrent first questions share one load.
 * A load reads the source list, then every source's index record in one read (source-index.ts);
 * a source without a record of its current parts is indexed from its entries, and its record
 * stored for the next start. Entries are read when a sign is first asked for (getEntries).
 * Any change in the store drops the index; the next question loads a new one, reusing the keys
 * of the sources whose parts did not change.
 */
import type { EntryView, LookupAnswer } from '../common/messages';
import { chooseSignLanguage } from '../common/settings';
import { primaryLanguage } from '../core/lang/tag';
import { markRuns, type RunMarksAnswer } from '../core/run-marks';
import type { SourceStore, StoredSource } from './store';
import { isUsableRecord, KeyTable, partsKeyOf } from './source-index';
import { LoadedSource, WordIndex } from './word-index';
import { text } from './texts';

/** A build that keeps finding a generation switched under it is retried this many times. */
const BUILD_ATTEMPTS = 3;

/**
 * The indexes built from one read of the store: one over every enabled source (pages that do
 * not say their language), and one per written language, built when a page in it first asks.
 */
class LoadedSources {
  private readonly all: WordIndex;
  private readonly byLanguage = new Map<string, WordIndex>();

  constructor(private readonly sources: readonly LoadedSource[]) {
    this.all = new WordIndex(sources);
  }

  /**
   * The index for a page in `lang`: only sources written in that language (by primary subtag),
   * and of those only one sign language: the reader's `signLanguage` if installed, else the
   * default for the page's language (chooseSignLanguage), so signs of two sign languages never mix.
   */
  forLanguage(lang: string | undefined, signLanguage?: string): WordIndex {
    const wanted = primaryLanguage(lang);
    if (!wanted) return this.all;
    const written = this.sources.filter((s) => primaryLanguage(s.source.summary.spokenLanguage) === wanted);
    const sign = chooseSignLanguage(
      written.map((s) => s.source.summary.signLanguage),
      wanted,
      signLanguage,
    );
    const cacheKey = `${wanted} ${sign ?? ''}`;
    let index = this.byLanguage.get(cacheKey);
    if (!index) {
      const matching = written.filter((s) => s.source.summary.signLanguage.toLowerCase() === sign);
      index = matching.length === this.sources.length ? this.all : new WordIndex(matching);
      this.byLanguage.set(cacheKey, index);
    }
    return index;
  }
}

export class Dictionary {
  private building: Promise<LoadedSources> | null = null;
  /** The sources of the last load, by id: a new load reuses those whose parts are the same. */
  private known = new Map<string, LoadedSource>();

  /**
   * `indexTag`: what else a stored index record must have been made with (the worker passes the
   * extension's version: an update of Signet may tokenize forms otherwise, so its records are
   * built again).
   */
  constructor(
    private readonly store: SourceStore,
    private readonly indexTag = '',
  ) {
    store.onChange(() => this.invalidate());
  }

  /** What the words resolve to: `words` as written, `capsWords` as written in capitals only. */
  async lookupWords(words: readonly string[], capsWords: readonly string[] = [], lang?: string, signLanguage?: string): Promise<LookupAnswer> {
    const index = (await this.loaded()).forLanguage(lang, signLanguage);
    return { results: index.lookupWords(words), capsResults: index.lookupWords(capsWords, true) };
  }

  /** The marks of a page's text runs (core/run-marks.ts): tokenized, resolved and matched here. */
  async markRuns(texts: readonly string[], locale: string, lang?: string, signLanguage?: string): Promise<RunMarksAnswer> {
    const index = (await this.loaded()).forLanguage(lang, signLanguage);
    return markRuns(texts, locale, (key, caps) => index.infoOf(key, caps));
  }

  /** Whether any enabled source answers for pages in `lang` (see LoadedSources.forLanguage). */
  async covers(lang?: string, signLanguage?: string): Promise<boolean> {
    const index = (await this.loaded()).forLanguage(lang, signLanguage);
    if (index.isEmpty) return false;
    // A page asks this before it reads its text, and asks its words once it has tokenized them
    // (lemonde-1: 10–15 ms later). The worker, idle meanwhile, builds its rules' tables then,
    // after the answer has gone: the French irregular verbs took 20 ms of that first lookup
    // after each worker start.
    setTimeout(() => index.prepareRules(), 0);
    return true;
  }

  async getEntries(keys: readonly string[], lang?: string, signLanguage?: string): Promise<EntryView[]> {
    const index = (await this.loaded()).forLanguage(lang, signLanguage);
    await this.readEntries(index);
    return index.getEntries(keys);
  }

  /** The index over every enabled source. */
  async index(): Promise<WordIndex> {
    return (await this.loaded()).forLanguage(undefined);
  }

  /** Whether an enabled source has a video at this URL: the only videos the background fetches. */
  async hasVideo(url: string): Promise<boolean> {
    const index = await this.index();
    await this.readEntries(index);
    return index.hasVideo(url);
  }

  private async readEntries(index: WordIndex): Promise<void> {
    const unread = index.unread;
    if (unread.length === 0) return;
    try {
      await Promise.all(unread.map((source) => source.loadEntries((s) => this.store.readEntries(s))));
    } catch {
      throw new Error(text('bg_storage_unreadable'));
    }
  }

  /** Forget the index; the next question rebuilds it from storage. */
  invalidate(): void {
    this.building = null;
  }

  private loaded(): Promise<LoadedSources> {
    if (!this.building) {
      const building = this.build();
      this.building = building;
      // A failed build (storage unavailable) must not be remembered: the next question tries again.
      building.catch(() => {
        if (this.building === building) this.building = null;
      });
    }
    return this.building;
  }

  private async build(): Promise<LoadedSources> {
    try {
      return await this.buildFromStore();
    } catch {
      throw new Error(text('bg_storage_unreadable'));
    }
  }

  private async buildFromStore(): Promise<LoadedSources> {
    for (let attempt = 1; ; attempt++) {
      const sources = (await this.store.listSources()).filter((source) => source.enabled);
      // Sources known from the last load need no record: one read for all the others.
      const toRead = sources.filter((source) => !this.reusable(source));
      const records = await this.store.readIndexes(toRead.map((source) => source.summary.id));
      const recordOf = new Map(toRead.map((source, i) => [source, records[i]]));
      const loaded = await Promise.all(sources.map((source) => this.load(source, recordOf.get(source))));
      // A missing generation means an update switched it between our two reads: read the list again.
      if (loaded.every((s): s is LoadedSource => s !== null) || attempt >= BUILD_ATTEMPTS) {
        const found = loaded.filter((s): s is LoadedSource => s !== null);
        this.known = new Map(found.map((s) => [s.source.summary.id, s]));
        return new LoadedSources(found);
      }
    }
  }

  private partsKey(source: StoredSource): string {
    return partsKeyOf(source.parts, `${this.indexTag}\n${source.summary.spokenLanguage}`);
  }

  private reusable(source: StoredSource): LoadedSource | undefined {
    const known = this.known.get(source.summary.id);
    return known && known.table.record.partsKey === this.partsKey(source) ? known : undefined;
  }

  private async load(source: StoredSource, record: unknown): Promise<LoadedSource | null> {
    const reused = this.reusable(source);
    if (reused) return reused.source === source ? reused : reused.withSource(source);
    const partsKey = this.partsKey(source);
    if (isUsableRecord(record, partsKey)) return new LoadedSource(source, new KeyTable(record));
    const entries = await this.store.readEntries(source);
    if (!entries) return null;
    const loaded = LoadedSource.fromEntries({ source, entries }, partsKey);
    // Stored for the next worker start; a failed write only means indexing the entries again then.
    void this.store.putIndex(source.summary.id, loaded.table.record).catch(() => undefined);
    return loaded;
  }
}
