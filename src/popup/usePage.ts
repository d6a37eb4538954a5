import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageStats } from '../common/messages';
import { sendToTab } from '../common/send-tab';

export type PageState =
  | { status: 'loading' }
  /** No Signet content script in the tab: a browser page, the web store, a tab opened before install. */
  | { status: 'unsupported' }
  | { status: 'ready'; tabId: number; stats: PageStats };

/** While the popup is open the page may still be read, or change with a setting: ask again this often. */
const REFRESH_MS = 700;

/**
 * The tab the popup is about: the active tab of the window the popup belongs to, or the tab named
 * by `?tab=<id>` when the popup page is opened on its own (in a tab, where the active tab is the
 * popup itself). The popup is not web-accessible, so no web page can open it with a parameter.
 */
async function currentTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The current tab's counts from its content script, asked again while the popup is open. */
export function usePage(): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (tabId: number) => {
      try {
        const stats = await sendToTab(tabId, 'page.stats', {});
        if (!stopped) setState({ status: 'ready', tabId, stats });
      } catch {
        if (!stopped) setState({ status: 'unsupported' });
      }
      if (!stopped) timer = setTimeout(() => void ask(tabId), REFRESH_MS);
    };
    void currentTabId().then((tabId) => {
      if (tabId === undefined) setState({ status: 'unsupported' });
      else void ask(tabId);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return state;
}
