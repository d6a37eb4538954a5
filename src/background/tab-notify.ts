/**
 * Tells the open tabs that the dictionaries changed, so that a page opened before a pack was
 * installed (or while Lingua Libre was first read) gets its marks without a reload, and marks of
 * a disabled or removed source go. Only content scripts hear it (tabs.sendMessage), never pages.
 */
import browser from 'webextension-polyfill';
import { broadcastToTab } from '../common/send-tab';
import { primaryLanguage } from '../core/lang/tag';
import type { SourceChange, SourceStore } from './store';

/** Changes that come together (an update of every source, Lingua Libre's two writes) make one message per language. */
const GATHER_MS = 50;

export function notifyTabsOfChanges(store: SourceStore): () => void {
  /** Written language (primary subtag) → whether every change gathered for it only took words away. */
  let pending = new Map<string, boolean>();
  // biome-ignore lint/correctness/noUnusedVariables: read by `timer ??=` below, which Biome does not count as a read
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async () => {
    timer = undefined;
    const changes = pending;
    pending = new Map();
    const tabs = await browser.tabs.query({}).catch(() => []);
    for (const [spokenLanguage, onlyRemoved] of changes) {
      for (const tab of tabs) {
        // Every frame of the tab: each reads (and marks) its own document.
        if (tab.id !== undefined) broadcastToTab(tab.id, 'page.dictionariesChanged', { spokenLanguage, onlyRemoved });
      }
    }
  };

  return store.onChange((change) => {
    void takesOnlyAway(store, change).then((onlyRemoved) => {
      const language = primaryLanguage(change.summary.spokenLanguage);
      pending.set(language, (pending.get(language) ?? true) && onlyRemoved);
      timer ??= setTimeout(() => void flush(), GATHER_MS);
    });
  });
}

/**
 * A source disabled or removed takes its signs away and adds none, unless pages of its language
 * may now get another sign language: the automatic choice (chooseSignLanguage) falls back to an
 * installed one, whose words were never asked.
 */
async function takesOnlyAway(store: SourceStore, { summary, kind }: SourceChange): Promise<boolean> {
  if (kind !== 'disabled' && kind !== 'removed') return false;
  const language = primaryLanguage(summary.spokenLanguage);
  const sources = await store.listSources().catch(() => null);
  if (!sources) return false;
  return !sources.some((s) => s.enabled && primaryLanguage(s.summary.spokenLanguage) === language && s.summary.signLanguage.toLowerCase() !== summary.signLanguage.toLowerCase());
}
