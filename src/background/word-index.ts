/**
 * The in-memory index of every enabled dictionary, and the two questions pages ask of it: what
 * do these words resolve to (lookupWords), and what are the entries of these keys (getEntries).
 * Built once from stored entries and never changed afterwards: a change of sources builds a new
 * one, so memoised answers can never go stale.
 */
import type { Continuation, EntryView, SourceCredit, WordInfo } from '../common/messages';
import { buildFoldedIndex, resolveWord, type KeyIndex } from '../core/resolve';
import { formTokens, phraseKey } from '../core/text/normalise';
import type { StoredEntry, StoredSource } from './store';

export interface IndexedSource {
  source: StoredSource;
  entries: readonly StoredEntry[];
}

interface EntryRef {
  entry: StoredEntry;
  credit: SourceCredit;
}

/** The keys of one written language, which is what resolveWord's rules apply to. */
interface LanguageKeys extends KeyIndex {
  lang: string;
}

/** Answers kept per word; past this many the memo starts afresh, so a long browsing session cannot grow it without bound. */
const MEMO_LIMIT = 100_000;

export class WordIndex {
  /** Dictionary key → entries with that form, in source order then pack order. */
  private readonly entriesByKey = new Map<string, EntryRef[]>();
  /** First token of an expression → the expressions it starts, longest first. */
  private readonly continuationsByHead = new Map<string, Continuation[]>();
  /** Tokens appearing anywhere in an expression, in any language. */
  private readonly expressionTokens = new Set<string>();
  private readonly singleWordKeys = new Set<string>();
  private readonly languages: LanguageKeys[] = [];
  private readonly videoUrls = new Set<string>();
  private readonly memo = new Map<string, WordInfo | null>();
  private readonly capsMemo = new Map<string, WordInfo | null>();

  constructor(sources: readonly IndexedSource[]) {
    const keysByLanguage = new Map<string, Set<string>>();
    for (const { source, entries } of sources) {
      const lang = source.summary.spokenLanguage;
      let languageKeys = keysByLanguage.get(lang);
      if (!languageKeys) keysByLanguage.set(lang, (languageKeys = new Set()));
      const credit = creditOf(source);
      for (const entry of entries) this.addEntry(entry, credit, lang, languageKeys);
    }
    for (const list of this.continuationsByHead.values()) list.sort(longestFirst);
    for (const [lang, keys] of keysByLanguage) {
      // Capitals often drop accents ("ETAT", "CHATEAU"): the folded map lets them find "état".
      const folded = buildFoldedIndex(keys);
      this.languages.push({ lang, has: (key) => keys.has(key), folded: (key) => folded.get(key) ?? [] });
    }
  }

  get isEmpty(): boolean {
    return this.entriesByKey.size === 0;
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

  /** The entries of these keys, in key order then source order, each entry once, with its source's credit. */
  getEntries(keys: readonly string[]): EntryView[] {
    const seen = new Set<StoredEntry>();
    const views: EntryView[] = [];
    for (const key of keys) {
      for (const { entry, credit } of this.entriesByKey.get(key) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const view: EntryView = { id: entry.id, forms: entry.forms, videos: entry.videos, credit };
        if (entry.definition !== undefined) view.definition = entry.definition;
        if (entry.definitionVideos !== undefined) view.definitionVideos = entry.definitionVideos;
        views.push(view);
      }
    }
    return views;
  }

  hasVideo(url: string): boolean {
    return this.videoUrls.has(url);
  }

  private addEntry(entry: StoredEntry, credit: SourceCredit, lang: string, languageKeys: Set<string>): void {
    // Signed definitions are videos of the dictionary too: the background may fetch them.
    for (const video of [...entry.videos, ...(entry.definitionVideos ?? [])]) this.videoUrls.add(video.url);
    for (const form of entry.forms) {
      const tokens = formTokens(form, lang);
      if (tokens.length === 0) continue;
      const key = phraseKey(tokens);

      const refs = this.entriesByKey.get(key);
      const isNewKey = refs === undefined;
      if (isNewKey) this.entriesByKey.set(key, [{ entry, credit }]);
      // Two forms of one entry may normalise to the same key ("Chat", "chat"): list the entry once.
      // An entry's forms are indexed one after the other, so only the last ref can be the same entry.
      else if (refs.at(-1)?.entry !== entry) refs.push({ entry, credit });

      if (tokens.length === 1) {
        this.singleWordKeys.add(key);
        languageKeys.add(key);
        continue;
      }
      for (const token of tokens) {
        this.expressionTokens.add(token);
        languageKeys.add(token);
      }
      // A key already seen has its continuation already (a common head like "de" may start thousands).
      if (!isNewKey) continue;
      const [head, ...rest] = tokens as [string, ...string[]];
      const continuations = this.continuationsByHead.get(head);
      if (continuations) continuations.push({ rest, key });
      else this.continuationsByHead.set(head, [{ rest, key }]);
    }
  }

  private wordInfo(word: string, caps: boolean): WordInfo | null {
    const memo = caps ? this.capsMemo : this.memo;
    const known = memo.get(word);
    if (known !== undefined) return known;

    const candidates = this.resolve(word, caps);
    const keys = candidates.filter((key) => this.singleWordKeys.has(key));
    const alts = candidates.filter((key) => key !== word && this.expressionTokens.has(key));
    // Most words resolve to themselves only: their continuation list is used as is, unmerged.
    const continuations = candidates.every((key) => key === word) ? (this.continuationsByHead.get(word) ?? []) : this.continuationsStartedBy([word, ...candidates]);
    const info = keys.length > 0 || continuations.length > 0 || alts.length > 0 ? { keys, continuations, alts } : null;

    if (memo.size >= MEMO_LIMIT) memo.clear();
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

  private continuationsStartedBy(heads: readonly string[]): Continuation[] {
    const found: Continuation[] = [];
    const seen = new Set<string>();
    for (const head of new Set(heads)) {
      for (const continuation of this.continuationsByHead.get(head) ?? []) {
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
