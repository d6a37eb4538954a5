import browser from 'webextension-polyfill';
import type { PageStats, PageWords } from '../common/messages';
import { mayCover, readDictionaryLanguages } from '../common/dictionary-languages';
import { primaryLanguage } from '../core/lang/tag';
import { isActiveOn, parseSettings, signLanguageChoice, siteOf, type Settings } from '../common/settings';
import { watchSettings } from '../common/settings-storage';
import { listenToExtension } from './extension-messages';
import { markNotRead } from './scan-marker';
import { Overlay } from './overlay';
import { declaredPackUrl } from './page-words';
import { markBeside, scrollIntoReadingView } from './reading';
import { PageSession, type PageLanguage } from './session';
import { signRequestFor } from './sign-request';
import { WordLookup } from './word-lookup';

/**
 * Applies the reader's settings to this page as they change (storage.onChanged reaches every
 * tab: no reload), and answers the extension's questions about the page (the popup's count, the
 * command's and the context menu's "sign this").
 */
export class PageController {
  private settings: Settings = parseSettings({});
  private readonly settingsRead: Promise<void>;
  private resolveSettingsRead!: () => void;
  private session: PageSession | null = null;
  private readonly overlay: Overlay;
  private readonly site = siteOf(location.href);
  /** For explicit requests (command, menu), also where Signet is off for the site. */
  private requestLookup: WordLookup | null = null;
  private requestSignLanguage: string | undefined;
  /**
   * The written languages of the enabled dictionaries (storage.local, common/dictionary-languages.ts):
   * undefined until read, null when unknown (the session asks the background). A page none of them
   * covers gets no session at all (nytimes-5: 2.2–3.4 ms of main-thread JS before, for no mark).
   */
  private languages: readonly string[] | null | undefined;
  private settingsKnown = false;
  /** The marked word last gone to with Previous/Next: the next step starts there even after its sign closed. */
  private readingAt: Range | null = null;
  /** The document is parsed (DOMContentLoaded): the session may read it. */
  private parsed = false;
  /** The lookup that asked the background early (wakeBackground), for the session of that sign language. */
  private earlyLookup: { signLanguage: string | undefined; lookup: WordLookup } | null = null;

  constructor(
    private readonly page: PageLanguage,
    /** Resolves once the document is parsed: the controller starts while it is still loading. */
    private readonly documentParsed: Promise<void> = Promise.resolve(),
  ) {
    this.overlay = new Overlay(page.lang);
    this.overlay.onStep = (direction) => void this.step(direction, true);
    this.settingsRead = new Promise((resolve) => (this.resolveSettingsRead = resolve));
  }

  start(): void {
    void this.documentParsed.then(() => {
      this.parsed = true;
      if (this.settingsKnown) this.apply();
    });
    void readDictionaryLanguages(browser.storage.local).then((languages) => {
      this.languages = languages;
      if (this.settingsKnown) this.apply();
    });
    watchSettings((settings) => {
      this.settings = settings;
      this.settingsKnown = true;
      this.apply();
      this.resolveSettingsRead();
    });
    listenToExtension({
      'page.stats': async () => {
        await this.settingsRead;
        return this.stats();
      },
      'page.words': async () => {
        await this.settingsRead;
        return this.words();
      },
      'page.sign': async ({ text, fromKeyboard }) => {
        await this.settingsRead;
        return { shown: await this.sign(fromKeyboard, text) };
      },
      'page.dictionariesChanged': ({ spokenLanguage, onlyRemoved }) => ({ rescanning: this.dictionariesChanged(spokenLanguage, onlyRemoved) }),
      'page.step': async ({ direction, fromKeyboard }) => {
        await this.settingsRead;
        return { word: this.step(direction, fromKeyboard) };
      },
    });
  }

  /** A dictionary changed: pages in another language ignore it (it never answers them). */
  private dictionariesChanged(spokenLanguage: string, onlyRemoved: boolean): boolean {
    if (this.page.lang && primaryLanguage(this.page.lang) !== primaryLanguage(spokenLanguage)) return false;
    this.requestLookup = null; // Its answers came from the dictionaries of before.
    if (this.uncovered) {
      // A dictionary of the page's language may have come: the session asks the background.
      this.languages = null;
      this.apply();
      return this.session !== null;
    }
    this.session?.dictionariesChanged(onlyRemoved);
    return this.session !== null;
  }

  private apply(): void {
    const active = isActiveOn(this.settings, this.site);
    const signLanguage = signLanguageChoice(this.settings, this.page.lang);
    if (this.session && (!active || this.session.signLanguage !== signLanguage)) {
      this.session.stop();
      this.session = null;
      this.overlay.close();
    }
    if (!this.settings.enabled) this.overlay.destroy();
    this.overlay.setSize(this.settings.overlaySize);
    if (!active) return;
    if (!this.session) {
      if (this.languages === undefined) return; // applied again once they are read
      if (this.uncovered) {
        if (this.parsed) markNotRead();
        return;
      }
      if (!this.parsed) {
        this.wakeBackground(signLanguage);
        return; // applied again once the document is parsed
      }
      const early = this.earlyLookup;
      this.earlyLookup = null;
      this.session = new PageSession(
        this.page,
        signLanguage,
        this.overlay,
        () => this.settings,
        () => void this.sign(false, undefined),
        early && early.signLanguage === signLanguage ? early.lookup : undefined,
      );
      this.session.start();
    }
    this.session.applyLook();
  }

  /**
   * Goes to the next or previous marked word, from the sign on screen (or the word last gone to),
   * scrolls it into view and plays its sign. Only where Signet marks the page: the marks are the
   * words a reader sees as "having a sign".
   */
  private step(direction: 1 | -1, fromKeyboard: boolean): string | null {
    if (!this.session) return null;
    const shown = this.overlay.shownAnchor;
    const from = shown instanceof Range ? shown : this.readingAt?.startContainer.isConnected ? this.readingAt : null;
    const hit = markBeside(this.session.index, from, direction);
    if (!hit) return null;
    this.readingAt = hit.range;
    scrollIntoReadingView(hit.range);
    const written = hit.range.toString();
    this.overlay.show({ keys: hit.match.keys, written, anchor: hit.range, fromKeyboard });
    return written;
  }

  /**
   * While the page is still parsed, asks the background whether it covers the page, for its
   * answer's side effects: a service worker Chrome stopped starts, and loads its index (lemonde-1:
   * 60–80 ms), before the session's own questions instead of in their way. The page's language
   * is all the question says. The top document only: a frame may hold no text, and then asks
   * nothing (most frames are ads and embeds; tests/e2e/frames.test.ts). The question is the
   * scan's own (WordLookup.covers): the session takes the lookup, and does not ask again.
   */
  private wakeBackground(signLanguage: string | undefined): void {
    if (this.earlyLookup || window !== window.top) return;
    const lookup = new WordLookup({ lang: this.page.lang, signLanguage });
    void lookup.covers();
    this.earlyLookup = { signLanguage, lookup };
  }

  /** No enabled dictionary is in the page's language (as storage.local lists them). */
  private get uncovered(): boolean {
    return this.languages !== undefined && !mayCover(this.languages, this.page.lang);
  }

  private requestLookupFor(signLanguage: string | undefined): WordLookup {
    if (!this.requestLookup || this.requestSignLanguage !== signLanguage) {
      this.requestLookup = new WordLookup({ lang: this.page.lang, signLanguage });
      this.requestSignLanguage = signLanguage;
    }
    return this.requestLookup;
  }

  private stats(): PageStats {
    const uncovered = !this.session && this.uncovered && isActiveOn(this.settings, this.site);
    const counts = this.session?.counts() ?? { words: 0, signedWords: 0, marks: 0, scanning: false, covered: !uncovered };
    return { active: this.session !== null || uncovered, site: this.site, lang: this.page.lang, ...counts, declaredPack: declaredPackUrl(document) };
  }

  private async words(): Promise<PageWords> {
    const stats = this.stats();
    const session = this.session;
    const base = { url: location.href, title: document.title, scanMs: session?.scanMs ?? null };
    if (!session || !stats.covered) return { stats, unsigned: [], signed: [], ...base };
    const { unsigned, signed, ...counts } = await session.readWords();
    return { stats: { ...stats, ...counts }, unsigned, signed, ...base };
  }

  /**
   * Explicit requests work wherever the master switch is on, even on a site where Signet is
   * turned off: that switch silences what Signet does on its own (marks, pointing), not what the
   * reader asks for by name.
   */
  private async sign(fromKeyboard: boolean, menuText: string | undefined): Promise<boolean> {
    if (!this.settings.enabled) return false;
    // Its own lookup, not the scan's: the scan forgets its answers when it ends (word-lookup.ts).
    const lookup = this.requestLookupFor(signLanguageChoice(this.settings, this.page.lang));
    const request = await signRequestFor({ index: this.session?.index ?? null, lookup, locale: this.page.locale }, fromKeyboard, menuText);
    if (!request) return false;
    this.overlay.show(request);
    return true;
  }
}
