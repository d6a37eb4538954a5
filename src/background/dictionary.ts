/**
 * The dictionary the background answers from: a WordIndex built lazily from storage.
 *
 * Chrome stops an idle service worker after about 30 seconds and starts it again for the next
 * message, so the index is rebuilt on the first question after each start, not at start-up (a
 * start for some other event should not pay for it). Concurrent first questions share one build.
 * Any change in the store drops the index; the next question builds a new one.
 */
import type { EntryView, LookupAnswer } from '../common/messages';
import { chooseSignLanguage } from '../common/settings';
import { primaryLanguage } from '../core/lang/tag';
import type { SourceStore, StoredSource } from './store';
import { WordIndex, type IndexedSource } from './word-index';
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

  constructor(private readonly sources: readonly IndexedSource[]) {
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

  constructor(private readonly store: SourceStore) {
    store.onChange(() => this.invalidate());
  }

  /** What the words resolve to: `words` as written, `capsWords` as written in capitals only. */
  async lookupWords(words: readonly string[], capsWords: readonly string[] = [], lang?: string, signLanguage?: string): Promise<LookupAnswer> {
    const index = (await this.loaded()).forLanguage(lang, signLanguage);
    return { results: index.lookupWords(words), capsResults: index.lookupWords(capsWords, true) };
  }

  /** Whether any enabled source answers for pages in `lang` (see LoadedSources.forLanguage). */
  async covers(lang?: string, signLanguage?: string): Promise<boolean> {
    return !(await this.loaded()).forLanguage(lang, signLanguage).isEmpty;
  }

  async getEntries(keys: readonly string[], lang?: string, signLanguage?: string): Promise<EntryView[]> {
    return (await this.loaded()).forLanguage(lang, signLanguage).getEntries(keys);
  }

  /** The index over every enabled source. */
  async index(): Promise<WordIndex> {
    return (await this.loaded()).forLanguage(undefined);
  }

  /** Whether an enabled source has a video at this URL: the only videos the background fetches. */
  async hasVideo(url: string): Promise<boolean> {
    return (await this.index()).hasVideo(url);
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
      const loaded = await Promise.all(sources.map((source) => this.load(source)));
      // A missing generation means an update switched it between our two reads: read the list again.
      if (loaded.every((s): s is IndexedSource => s !== null) || attempt >= BUILD_ATTEMPTS) {
        return new LoadedSources(loaded.filter((s): s is IndexedSource => s !== null));
      }
    }
  }

  private async load(source: StoredSource): Promise<IndexedSource | null> {
    const entries = await this.store.readEntries(source);
    return entries ? { source, entries } : null;
  }
}
