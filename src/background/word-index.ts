/**
 * The index of every enabled dictionary (or of those of one language), and the two questions
 * pages ask of it: what do these words resolve to (lookupWords), and what are the entries of
 * these keys (getEntries). Made of each source's KeyTable (source-index.ts), read from storage
 * in one record or built from the entries; never changed afterwards: a change of sources makes
 * a new one, so memoised answers can never go stale.
 */
import { MAX_WORD_LENGTH, type Continuation, type EntryView, type SourceCredit, type WordInfo } from '../common/messages';
import { prepareRules, resolveWord, type KeyIndex } from '../core/resolve';
import { buildIndexRecord, KeyTable, SINGLE, TOKEN } from './source-index';
import type { StoredEntry, StoredSource } from './store';

export interface IndexedSource {
  source: StoredSource;
  entries: readonly StoredEntry[];
}

/**
 * One source's keys, and its entries once read: lookups need the keys only, so a worker start
 * reads the entries (every form, video and definition) when a page first asks for a sign.
 */
export class LoadedSource {
  readonly credit: SourceCredit;
  readonly lang: string;
  private loading: Promise<void> | null = null;

  constructor(
    readonly source: StoredSource,
    readonly table: KeyTable,
    public entries: readonly StoredEntry[] | null = null,
  ) {
    this.credit = creditOf(source);
    this.lang = source.summary.spokenLanguage;
  }

  /** `partsKey`: what the record is stored under (source-index.ts partsKeyOf); only the Dictionary stores records. */
  static fromEntries({ source, entries }: IndexedSource, partsKey = ''): LoadedSource {
    return new LoadedSource(source, new KeyTable(buildIndexRecord(entries, source.summary.spokenLanguage, partsKey)), entries);
  }

  /** The same keys and entries answering for `source`'s new record (a change that left its parts as they were). */
  withSource(source: StoredSource): LoadedSource {
    return new LoadedSource(source, this.table, this.entries);
  }

  /**
   * Reads the entries once (concurrent callers share the read). Parts gone meanwhile (an update
   * switched them; the store's change event is on its way) leave them unread: nothing is
   * answered from this source, and the next caller tries again.
   */
  loadEntries(read: (source: StoredSource) => Promise<StoredEntry[] | undefined>): Promise<void> {
    if (this.entries) return Promise.resolve();
    this.loading ??= read(this.source).then(
      (entries) => {
        this.loading = null;
        if (entries && entries.length === this.table.record.entryCount) this.entries = entries;
      },
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }
}

/** The keys of one written language, which is what resolveWord's rules apply to. */
interface LanguageKeys extends KeyIndex {
  lang: string;
}

/** Answers kept per word; past this many the memo starts afresh, so a long browsing session cannot grow it without bound. */
const MEMO_LIMIT = 100_000;

const NO_CONTINUATIONS: readonly Continuation[] = [];

export class WordIndex {
  private readonly sources: readonly LoadedSource[];
  private readonly languages: LanguageKeys[] = [];
  /** Continuations per head, merged over the sources and sorted (as the memo, reset past MEMO_LIMIT). */
  private readonly continuationsByHead = new Map<string, Continuation[]>();
  private videoUrls: Set<string> | null = null;
  private readonly memo = new Map<string, WordInfo | null>();
  private readonly capsMemo = new Map<string, WordInfo | null>();

  constructor(sources: ReadonlyArray<LoadedSource | IndexedSource>) {
    this.sources = sources.map((s) => (s instanceof LoadedSource ? s : LoadedSource.fromEntries(s)));
    const byLanguage = new Map<string, LoadedSource[]>();
    for (const source of this.sources) {
      const list = byLanguage.get(source.lang);
      if (list) list.push(source);
      else byLanguage.set(source.lang, [source]);
    }
    for (const [lang, list] of byLanguage) {
      const tables = list.map((s) => s.table);
      if (tables.length === 1) {
        const [table] = tables as [KeyTable];
        this.languages.push({ lang, has: (key) => table.hasLanguageKey(key), folded: (key) => table.folded(key) });
        continue;
      }
      this.languages.push({
        lang,
        has: (key) => tables.some((table) => table.hasLanguageKey(key)),
        // Capitals often drop accents ("ETAT", "CHATEAU"): the folded lists let them find "état".
        folded: (key) => [...new Set(tables.flatMap((table) => table.folded(key)))],
      });
    }
  }

  get isEmpty(): boolean {
    return this.sources.every((s) => s.table.isEmpty);
  }

  /** Builds the tables its languages' rules would build on the first lookup (see Dictionary.covers). */
  prepareRules(): void {
    for (const { lang } of this.languages) prepareRules(lang);
  }

  /** Sources whose entries are not read yet: getEntries and hasVideo need them (see Dictionary). */
  get unread(): LoadedSource[] {
    return this.sources.filter((s) => s.entries === null);
  }

  /**
   * What each word resolves to; words with nothing are left out. `caps`: the page wrote these
   * words in capitals only, so they are resolved with accents restored (resolveWord's caps).
   */
  lookupWords(words: readonly string[], caps = false): Record<string, WordInfo> {
    // Object.fromEntries defines own properties: a page word "__proto__" cannot reach the prototype.
    const answers: Array<[string, WordInfo]> = [];
    if (this.isEmpty) return {};
    for (const word of words) {
      const info = this.wordInfo(word, caps);
      if (info) answers.push([word, info]);
    }
    return Object.fromEntries(answers);
  }

  /** What one word resolves to (caps: written in capitals only), undefined for nothing or a word longer than any form. */
  infoOf(word: string, caps: boolean): WordInfo | undefined {
    if (this.isEmpty || word.length > MAX_WORD_LENGTH) return undefined;
    return this.wordInfo(word, caps) ?? undefined;
  }

  /**
   * The entries of these keys, in key order then source order, each entry once, with its
   * source's credit. Only from sources whose entries are read (Dictionary reads them first).
   */
  getEntries(keys: readonly string[]): EntryView[] {
    const seen = new Set<StoredEntry>();
    const views: EntryView[] = [];
    for (const key of keys) {
      for (const { table, entries, credit } of this.sources) {
        if (!entries) continue;
        for (const number of Array.from(table.entriesOf(key))) {
          const entry = entries[number]!;
          if (seen.has(entry)) continue;
          seen.add(entry);
          const view: EntryView = { id: entry.id, forms: entry.forms, videos: entry.videos, credit };
          if (entry.definition !== undefined) view.definition = entry.definition;
          if (entry.definitionVideos !== undefined) view.definitionVideos = entry.definitionVideos;
          views.push(view);
        }
      }
    }
    return views;
  }

  /** Whether a read source has a video at this URL (signed definitions are videos of the dictionary too). */
  hasVideo(url: string): boolean {
    if (!this.videoUrls) {
      const urls = new Set<string>();
      for (const { entries } of this.sources) {
        for (const entry of entries ?? []) for (const video of [...entry.videos, ...(entry.definitionVideos ?? [])]) urls.add(video.url);
      }
      // Kept only once every source is read: a set made before would miss their videos.
      if (this.unread.length > 0) return urls.has(url);
      this.videoUrls = urls;
    }
    return this.videoUrls.has(url);
  }

  private wordInfo(word: string, caps: boolean): WordInfo | null {
    const memo = caps ? this.capsMemo : this.memo;
    const known = memo.get(word);
    if (known !== undefined) return known;

    const candidates = this.resolve(word, caps);
    const keys: string[] = [];
    const alts: string[] = [];
    for (const key of candidates) {
      let flags = 0;
      for (const { table } of this.sources) flags |= table.flagsOf(key);
      if (flags & SINGLE) keys.push(key);
      if (flags & TOKEN && key !== word) alts.push(key);
    }
    // Most words resolve to themselves only: their continuation list is used as is, unmerged.
    const continuations = candidates.every((key) => key === word) ? this.continuationsOf(word) : this.continuationsStartedBy([word, ...candidates]);
    const info = keys.length > 0 || continuations.length > 0 || alts.length > 0 ? { keys, continuations: continuations as Continuation[], alts } : null;

    if (memo.size >= MEMO_LIMIT) {
      memo.clear();
      this.continuationsByHead.clear();
    }
    memo.set(word, info);
    return info;
  }

  /** Candidates from every written language installed, best first, each once. */
  private resolve(word: string, caps: boolean): string[] {
    if (this.languages.length === 1) return resolveWord(word, caps, this.languages[0]!, this.languages[0]!.lang);
    const candidates = new Set<string>();
    for (const language of this.languages) {
      for (const key of resolveWord(word, caps, language, language.lang)) candidates.add(key);
    }
    // The exact spelling leads even if another language's rules listed it later.
    if (candidates.has(word)) return [word, ...[...candidates].filter((key) => key !== word)];
    return [...candidates];
  }

  /**
   * The expressions `head` starts, longest first, over every source: an expression two sources
   * list is kept once, as the first lists it (pack order within a source, source order across).
   */
  private continuationsOf(head: string): readonly Continuation[] {
    const known = this.continuationsByHead.get(head);
    if (known) return known;
    let list: Continuation[] = [];
    for (const { table } of this.sources) {
      const found = table.continuationsOf(head);
      if (found.length === 0) continue;
      if (list.length === 0) {
        list = found;
        continue;
      }
      const seen = new Set(list.map((continuation) => continuation.key));
      for (const continuation of found) {
        if (seen.has(continuation.key)) continue;
        seen.add(continuation.key);
        list.push(continuation);
      }
    }
    // Most words start no expression: nothing to sort or keep.
    if (list.length === 0) return NO_CONTINUATIONS;
    list.sort(longestFirst);
    this.continuationsByHead.set(head, list);
    return list;
  }

  private continuationsStartedBy(heads: readonly string[]): Continuation[] {
    const found: Continuation[] = [];
    const seen = new Set<string>();
    for (const head of new Set(heads)) {
      for (const continuation of this.continuationsOf(head)) {
        if (seen.has(continuation.key)) continue;
        seen.add(continuation.key);
        found.push(continuation);
      }
    }
    // Each list is sorted; merged lists need sorting again (stable: the word's own come first).
    return found.sort(longestFirst);
  }
}

function longestFirst(a: Continuation, b: Continuation): number {
  return b.rest.length - a.rest.length;
}

function creditOf({ summary, homepage }: StoredSource): SourceCredit {
  const credit: SourceCredit = { sourceId: summary.id, name: summary.name, licence: summary.licence, attribution: summary.attribution };
  if (homepage !== undefined) credit.homepage = homepage;
  return credit;
}
