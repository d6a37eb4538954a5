/**
 * Chromium with the built extension, launched as the tests and the bench launch it, and driven
 * the way a reader drives it: dictionaries are installed through the extension's own messages
 * from its options page, and the figures are read from its page report.
 */
import type { Page } from 'puppeteer';
import { launchChromium, waitFor, type SignetBrowser } from '../../tests/e2e/support/browser';
import { tabIdOf } from '../../tests/e2e/support/extension-helpers';
import { DIST_DIR, requireBuilt } from '../../tests/e2e/support/paths';
import type { MessageType, RequestOf, ResponseOf, SourceSummary, SourceView } from '../../src/common/messages';

const LINGUA_LIBRE_LSF = 'lingualibre-fsl';

export interface AuditBrowser extends SignetBrowser {
  /** A message to the background, sent from the options page as the options page sends it. */
  send<T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>>;
  /**
   * The browser's id of the tab showing `page`. Found as the active tab once `page` is brought to
   * the front, so it runs under `exclusive`: a tab opened or closed meanwhile would be the active
   * one instead, and with two pages at once a page got another's figures.
   */
  tabIdOf(page: Page): Promise<number>;
  /** Runs `work` (opening or closing a tab) while no other tab is opened, closed or looked up. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** A new tab, opened under `exclusive`; close it with `closeTab`. */
  newTab(): Promise<Page>;
  closeTab(page: Page): Promise<void>;
  /** The options page the messages are sent from. */
  control: Page;
  /** Errors and warnings Signet's background logged since the launch (a failed lookup, a failed install…). */
  backgroundErrors: string[];
}

export async function launchAuditBrowser(extensionDir: string | null, offline: boolean): Promise<AuditBrowser> {
  // Site owners audit what readers get: the published build, unless told otherwise.
  if (!extensionDir) requireBuilt(DIST_DIR);
  const { browser, close } = await launchChromium({ extensionDir: extensionDir ?? DIST_DIR, openNetwork: !offline });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
    const extensionId = new URL(target.url()).host;
    const worker = (await target.worker())!;
    const backgroundErrors: string[] = [];
    worker.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') backgroundErrors.push(`${message.type()}: ${message.text()}`);
    });
    const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
    const control = await browser.newPage();
    await control.goto(extensionUrl('src/options/index.html'));
    const send = async <T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>> => {
      const result = await control.evaluate((message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(message), {
        type,
        request,
      } as unknown as Record<string, unknown>);
      const answer = result as { ok: true; value: ResponseOf<T> } | { ok: false; error: string } | undefined;
      if (!answer) throw new Error(`no answer to ${type}`);
      if (!answer.ok) throw new Error(answer.error);
      return answer.value;
    };
    let lock: Promise<unknown> = Promise.resolve();
    const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
      const next = lock.then(work);
      lock = next.catch(() => undefined);
      return next;
    };
    const signet: AuditBrowser = {
      browser,
      extensionId,
      worker,
      extensionUrl,
      close,
      send,
      control,
      backgroundErrors,
      exclusive,
      tabIdOf: (page) => exclusive(() => tabIdOf(signet, page)),
      newTab: () => exclusive(() => browser.newPage()),
      closeTab: (page) => exclusive(() => page.close()).catch(() => undefined),
    };
    return signet;
  } catch (error) {
    await close();
    throw error;
  }
}

export interface InstalledPack {
  /** What was given: a URL, a folder, or "Lingua Libre". */
  input: string;
  url: string;
  id: string | null;
  name: string | null;
  entries: number;
  error: string | null;
}

/**
 * The dictionaries of the audit: the packs given (Lingua Libre's LSF source, which a first
 * install adds, is removed then), or Lingua Libre alone. Each failure is reported, not thrown.
 */
export async function installSources(signet: AuditBrowser, packs: ReadonlyArray<{ input: string; url: string }>, linguaLibreEndpoints: Record<string, string> | null): Promise<InstalledPack[]> {
  // The first install adds Lingua Libre and reads it (or fails to, offline): wait for it to settle.
  const first = await waitFor(
    async () => {
      const [{ sources }, { installs }] = await Promise.all([signet.send('sources.list', {}), signet.send('sources.progress', {})]);
      const live = sources.find((s) => s.id === LINGUA_LIBRE_LSF);
      return live && installs.length === 0 ? live : null;
    },
    30_000,
    100,
  ).catch(() => null);

  if (packs.length > 0) {
    if (first) await signet.send('sources.remove', { id: LINGUA_LIBRE_LSF });
    const installed: InstalledPack[] = [];
    for (const pack of packs) installed.push(await installPack(signet, pack.input, pack.url));
    return installed;
  }
  if (linguaLibreEndpoints) {
    // Only a build with the worker's test hooks takes other endpoints (the tests' stand-in server).
    await signet.worker.evaluate((endpoints) => {
      const hooks = (globalThis as { __signet?: { setLinguaLibreEndpoints(e: unknown): Promise<void> } }).__signet;
      if (!hooks) throw new Error('this build of Signet takes no other Lingua Libre endpoints');
      return hooks.setLinguaLibreEndpoints(endpoints);
    }, linguaLibreEndpoints);
  }
  let live: SourceView | undefined = first ?? undefined;
  let failure: string | null = null;
  if (!live || linguaLibreEndpoints || live.lastError || live.entryCount === 0) {
    try {
      const { sources } = await (live
        ? signet.send('sources.update', { id: LINGUA_LIBRE_LSF })
        : signet.send('sources.addLinguaLibre', { signLanguage: 'fsl' }).then(({ source }) => ({ sources: [source] })));
      live = sources.find((s) => s.id === LINGUA_LIBRE_LSF);
    } catch (error) {
      failure = (error as Error).message;
    }
  }
  const error = failure ?? (!live ? 'Lingua Libre could not be added' : (live.lastError ?? (live.entryCount === 0 ? 'Lingua Libre answered no sign' : null)));
  return [{ input: 'Lingua Libre', url: live?.url ?? '', id: live?.id ?? null, name: live?.name ?? null, entries: live?.entryCount ?? 0, error }];
}

export async function installPack(signet: AuditBrowser, input: string, url: string): Promise<InstalledPack> {
  try {
    const answer = await signet.send('sources.add', { url });
    if ('conflict' in answer) return { input, url, id: null, name: null, entries: 0, error: answer.conflict.message };
    return summary(input, url, answer.source);
  } catch (error) {
    return { input, url, id: null, name: null, entries: 0, error: (error as Error).message };
  }
}

function summary(input: string, url: string, source: SourceSummary): InstalledPack {
  return { input, url, id: source.id, name: source.name, entries: source.entryCount, error: null };
}

/** The content script's answer to a tab message, sent from the options page; null while the tab has no content script. */
export async function askTab<T>({ control }: AuditBrowser, tabId: number, type: string): Promise<T | null> {
  const result = await control
    .evaluate(
      (id, messageType) =>
        (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown, o: unknown): Promise<unknown> } } }).chrome.tabs.sendMessage(
          id,
          { type: messageType, request: {} },
          { frameId: 0 },
        ),
      tabId,
      type,
    )
    .catch(() => null);
  const answer = result as { ok: boolean; value?: T } | null | undefined;
  return answer?.ok ? (answer.value as T) : null;
}
