/**
 * The background's parts put together: storage, dictionary, installer, updates, Lingua Libre,
 * video cache, and the handler of each message type. Free of extension APIs, so tests build the
 * same thing the service worker runs.
 */
import type { SourceSummary, SourceView } from '../common/messages';
import { Dictionary } from './dictionary';
import { installPack, resumeInstalls, type InstallOptions } from './install';
import { PendingInstalls } from './install-state';
import { InstallJobs } from './jobs';
import { addLinguaLibre, type LinguaLibreOptions } from './lingualibre';
import type { Handlers } from './router';
import { IdTaken } from './source-identity';
import { SourceStore, type StoredSource } from './store';
import { splitWords } from './requests';
import { splitRuns } from '../core/run-marks';
import { updateSources } from './updates';
import { VideoCache } from './video-cache';
import { VideoLoader } from './videos';
import { MySignsService, type MySignsOptions } from './my-signs';
import { openMySignsDb } from '../common/my-signs-db';
import { text } from './texts';

export interface BackgroundOptions {
  /** Tests use one database each. */
  databaseName?: string;
  /** What stored index records must have been made with (the worker passes the extension's version; see Dictionary). */
  indexTag?: string;
  /** The video cache's database (tests). */
  videoDatabaseName?: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxShardBytes?: number;
  fetch?: typeof fetch;
  /** Called regularly while an install runs; the worker passes an extension API call that keeps it alive. */
  keepAlive?: () => unknown;
  /** Told about failures nobody waits for (resumed installs, daily checks). */
  onError?: (what: string, error: unknown) => void;
  /** My signs: where their videos are addressed, (tests: a database of their own). */
  mySigns?: Partial<Omit<MySignsOptions, 'store'>> & { databaseName?: string };
  /** Mints a player's ticket (the worker passes one kept in storage.session: src/background/player-tickets.ts). */
  issuePlayerTicket?: () => Promise<{ ticket: string }>;
  /** Takes a player's ticket for it, where the player cannot read storage.session (Firefox). */
  redeemPlayerTicket?: (ticket: string) => Promise<{ valid: boolean }>;
}

export interface Background {
  store: SourceStore;
  dictionary: Dictionary;
  videos: VideoCache;
  jobs: InstallJobs;
  mySigns: MySignsService;
  handlers: Handlers;
  installPackFromUrl(url: string): Promise<SourceSummary>;
  listSources(): Promise<SourceView[]>;
  /** Checks every source (or one) for updates; the daily alarm and "update now" call it. */
  updateSources(id?: string): Promise<SourceView[]>;
  /** Adds (or reads again) the Lingua Libre source of a sign language. */
  addLinguaLibre(signLanguage: string): Promise<SourceView>;
  /** At the worker's start: installs a stopped worker left half done go on. */
  resumeInstalls(): Promise<number>;
  /** Test hook: how long a download may take (a stalled server is then tested in seconds, not 20). */
  setDownloadTimeout(ms: number): void;
}

export function createBackground(options: BackgroundOptions = {}): Background {
  const store = new SourceStore(options.databaseName);
  // Created before any install, so it hears the store's change events from the first one on.
  const dictionary = new Dictionary(store, options.indexTag);
  const jobs = new InstallJobs(options.keepAlive);
  const pending = new PendingInstalls(store.db);
  const installOptions: InstallOptions = { store, jobs, pending };
  if (options.timeoutMs !== undefined) installOptions.timeoutMs = options.timeoutMs;
  if (options.maxBytes !== undefined) installOptions.maxBytes = options.maxBytes;
  if (options.maxShardBytes !== undefined) installOptions.maxShardBytes = options.maxShardBytes;
  if (options.fetch !== undefined) installOptions.fetch = options.fetch;
  const linguaLibreOptions: LinguaLibreOptions = { store, jobs, ...(options.fetch ? { fetch: options.fetch } : {}) };
  const videos = new VideoCache(options.videoDatabaseName);
  const loader = new VideoLoader({ cache: videos, isKnown: (url) => dictionary.hasVideo(url), ...(options.fetch ? { fetch: options.fetch } : {}) });

  const install = async (url: string, replace = false) => (await installPack(url, installOptions, replace ? { replace } : {})).source;
  const listSources = async () => (await usingStorage(() => store.listSources())).map(toView);
  const update = async (id?: string) => {
    await updateSources(id, { install: installOptions, linguaLibre: linguaLibreOptions, ...(options.onError ? { onError: options.onError } : {}) });
    return listSources();
  };
  const addLive = async (signLanguage: string) => toView(await addLinguaLibre(signLanguage, linguaLibreOptions));

  const mySigns = new MySignsService({
    store,
    openDb: () => openMySignsDb(options.mySigns?.databaseName),
    extensionBaseUrl: 'chrome-extension://signet/',
    ...options.mySigns,
  });

  const handlers: Handlers = {
    'words.lookup': ({ words, capsWords, lang, signLanguage }) => dictionary.lookupWords(splitWords(words), splitWords(capsWords ?? ''), lang, signLanguage),
    'text.marks': async ({ text, lengths, locale, lang, signLanguage }) => dictionary.markRuns(splitRuns({ text, lengths }), locale, lang, signLanguage),
    'words.covered': async ({ lang, signLanguage }) => ({ covered: await dictionary.covers(lang, signLanguage) }),
    'entries.get': async ({ keys, lang, signLanguage }) => ({ entries: await dictionary.getEntries(keys, lang, signLanguage) }),
    'sources.list': async () => ({ sources: await listSources() }),
    'sources.add': async ({ url, replace }) => {
      try {
        return { source: await install(url, replace === true) };
      } catch (error) {
        if (!(error instanceof IdTaken)) throw error;
        const { id, name, url: installedFrom } = error.installed.summary;
        return { conflict: { id, name, url: installedFrom, message: error.message } };
      }
    },
    'sources.confirmUpdate': async ({ id, install: yes }) => {
      // In the source's job queue: not while an update of it writes its parts.
      await jobs.run(id, () => usingStorage(async () => void (yes ? await store.confirmUpdate(id) : await store.dropHeldUpdate(id))));
      const source = await usingStorage(() => store.getSource(id));
      return { source: source ? toView(source) : null };
    },
    'sources.remove': async ({ id }) => ({ removed: await usingStorage(() => store.removeSource(id)) }),
    'sources.setEnabled': async ({ id, enabled }) => ({ found: await usingStorage(() => store.setEnabled(id, enabled)) }),
    'sources.update': async ({ id }) => ({ sources: await update(id) }),
    'sources.progress': () => ({ installs: jobs.list() }),
    'sources.addLinguaLibre': async ({ signLanguage }) => ({ source: await addLive(signLanguage) }),
    'videos.load': ({ url }) => loader.load(url),
    'videos.prefetch': async ({ keys, lang, signLanguage }) => {
      const [entry] = await dictionary.getEntries(keys, lang, signLanguage);
      const url = entry?.videos[0]?.url;
      if (url) loader.prefetch(url);
      return { queued: url !== undefined };
    },
    'videos.drop': async ({ url }) => ({ dropped: await usingStorage(() => videos.delete(url)) }),
    'player.ticket': () => {
      if (!options.issuePlayerTicket) throw new Error('Signet’s player cannot be opened here.');
      return options.issuePlayerTicket();
    },
    'player.redeemTicket': ({ ticket }) => {
      if (!options.redeemPlayerTicket) throw new Error('Signet’s player cannot be opened here.');
      return options.redeemPlayerTicket(ticket);
    },
    'cache.stats': () => usingStorage(() => videos.stats()),
    'cache.setBudget': ({ bytes }) => usingStorage(() => videos.setBudget(bytes)),
    'cache.clear': () => usingStorage(() => videos.clear()),
    ...mySigns.handlers(),
  };

  return {
    store,
    dictionary,
    videos,
    jobs,
    mySigns,
    handlers,
    installPackFromUrl: install,
    listSources,
    updateSources: update,
    addLinguaLibre: addLive,
    resumeInstalls: () => resumeInstalls({ ...installOptions, pending, onError: (error) => options.onError?.('resumed install', error) }),
    setDownloadTimeout: (ms) => {
      installOptions.timeoutMs = ms;
      linguaLibreOptions.timeoutMs = ms;
    },
  };
}

/** What the options page shows of a stored source. */
function toView(source: StoredSource): SourceView {
  const view: SourceView = { ...source.summary, kind: source.kind, enabled: source.enabled };
  if (source.checkedAt !== undefined) view.checkedAt = source.checkedAt;
  if (source.lastError !== undefined) view.lastError = source.lastError;
  if (source.skipped !== undefined) view.skipped = source.skipped;
  if (source.heldUpdate) view.heldUpdate = { version: source.heldUpdate.source.summary.version, entryCount: source.heldUpdate.source.summary.entryCount };
  return view;
}

/** Storage errors are DOMExceptions with technical text; the user gets words instead. */
async function usingStorage<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch {
    throw new Error(text('bg_storage_unusable'));
  }
}
