/**
 * What the browser tests, the demo and the bench drive in the worker from outside (puppeteer's
 * worker.evaluate), since they have no extension page to send messages from, cannot press the
 * browser's shortcuts nor click its context menu. Only the test build (dist-test/) imports this:
 * the published extension has no `__signet` global at all (tests/e2e/production-build.test.ts).
 */
import browser, { type Menus } from 'webextension-polyfill';
import type { CacheStats, InstallProgress, SourceSummary, SourceView } from '../common/messages';
import { handleCommand } from './commands';
import { setLinguaLibreEndpoints, type LinguaLibreEndpoints } from './lingualibre';
import { handleMenuClick } from './menus';
import type { Background } from './services';

export interface TestHooks extends DictionaryTestHooks {
  installPackFromUrl(url: string): Promise<SourceSummary>;
  listSources(): Promise<SourceSummary[]>;
  /**
   * Runs what the browser runs for a keyboard command in this tab. Puppeteer's key presses go
   * to the page, not to the browser's shortcut handling, so tests cannot press the shortcut.
   */
  runCommand(command: string, tabId: number): Promise<void>;
  /** Runs what the browser runs for a context-menu click; no automation API can click that menu. */
  clickMenu(info: Menus.OnClickData, tabId: number): Promise<void>;
}

declare global {
  /** Set once the listeners are registered; tests wait for it before talking to the worker. */
  var __signetReady: boolean | undefined;
  var __signet: TestHooks | undefined;
}

export function installTestHooks(background: Background, installed: Promise<void>): void {
  globalThis.__signet = {
    ...dictionaryTestHooks(background, installed),
    installPackFromUrl: background.installPackFromUrl,
    listSources: background.listSources,
    runCommand: async (command, tabId) => handleCommand(command, await browser.tabs.get(tabId)),
    clickMenu: async (info, tabId) => handleMenuClick(info, await browser.tabs.get(tabId)),
  };
  globalThis.__signetReady = true;
}

/** The dictionary's part of the hooks. */
interface DictionaryTestHooks {
  /** Resolves once the first-install work (the default Lingua Libre source) is done. */
  installed(): Promise<void>;
  setLinguaLibreEndpoints(endpoints: Partial<LinguaLibreEndpoints> | undefined): Promise<void>;
  addLinguaLibre(signLanguage: string): Promise<SourceView>;
  updateSources(id?: string): Promise<SourceView[]>;
  removeSource(id: string): Promise<boolean>;
  installProgress(): InstallProgress[];
  cacheStats(): Promise<CacheStats>;
  setDownloadTimeout(ms: number): void;
}

function dictionaryTestHooks(background: Background, installed: Promise<void>): DictionaryTestHooks {
  return {
    installed: () => installed,
    setLinguaLibreEndpoints: (endpoints) => setLinguaLibreEndpoints(background.store, endpoints),
    addLinguaLibre: (signLanguage) => background.addLinguaLibre(signLanguage),
    updateSources: (id) => background.updateSources(id),
    removeSource: (id) => background.store.removeSource(id),
    installProgress: () => background.jobs.list(),
    cacheStats: () => background.videos.stats(),
    setDownloadTimeout: (ms) => background.setDownloadTimeout(ms),
  };
}
