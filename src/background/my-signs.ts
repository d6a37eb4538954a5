/**
 * My signs in the background: the contributor's saved signs (written by the studio into its own
 * database, src/common/my-signs-db.ts) become dictionary sources of the store, one per sign
 * language and written language, and the wanted words readers asked for are counted.
 *
 * The studio writes the Blob and the record itself (messages cannot carry Blobs in Chromium),
 * then asks for 'mySigns.sync'; the background rebuilds the sources from the records, which makes
 * the dictionary rebuild its index; the store's change events reach open tabs (tab-notify.ts).
 */
import type { MessageType, RequestOf, SourceSummary } from '../common/messages';
import { filePackVideoUrl, getOne, idbRequest, inTransaction, listMySigns, MY_SIGN_PATH, mySignVideoUrl, type FilePack } from '../common/my-signs-db';
import { groupLicence, groupMySigns, groupSigners, isMySignsSourceId, type MySignsGroup } from '../core/studio/dictionary';
import type { MySign, WantedWord } from '../core/studio/types';
import { countWanted, MAX_WANTED, MAX_WANTED_LENGTH, overflowWanted, primaryLanguage, wantedForm } from '../core/studio/wanted';
import { isBuiltInSourceId } from '../core/lingualibre/languages';
import { BadRequest } from './requests';
import type { Handlers } from './router';
import type { NewSource, SourceStore, StoredEntry } from './store';
import { text } from './texts';

export interface MySignsOptions {
  store: SourceStore;
  openDb: () => Promise<IDBDatabase>;
  /** runtime.getURL(''): the base of My signs' video addresses. */
  extensionBaseUrl: string;
  now?: () => number;
}

/** The studio's preference that stops the counting of wanted words. */
export const COLLECT_WANTED_PREF = 'collectWanted';

export function mySignsRequestParsers() {
  return {
    'mySigns.sync': (request: unknown): RequestOf<'mySigns.sync'> => {
      plainObject(request);
      return {};
    },
    'sources.installFile': (request: unknown): RequestOf<'sources.installFile'> => {
      const { id } = plainObject(request);
      if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(id)) throw new BadRequest('id must be a pack id');
      return { id };
    },
    'wanted.add': (request: unknown): RequestOf<'wanted.add'> => {
      const fields = plainObject(request);
      const { word, lang } = fields;
      if (typeof word !== 'string' || word.length === 0 || word.length > MAX_WANTED_LENGTH) throw new BadRequest(`word must be a text of 1 to ${MAX_WANTED_LENGTH} characters`);
      if (typeof lang !== 'string' || !/^(?:[A-Za-z]{1,8}(?:[-_][A-Za-z0-9]{1,8})*)?$/.test(lang)) throw new BadRequest('lang must be a language tag');
      return { word, lang };
    },
  } satisfies { [T in MessageType]?: (request: unknown) => RequestOf<T> };
}

export class MySignsService {
  private syncing: Promise<number> = Promise.resolve(0);

  constructor(private readonly options: MySignsOptions) {}

  handlers(): Pick<Handlers, 'mySigns.sync' | 'wanted.add' | 'sources.installFile'> {
    return {
      'mySigns.sync': async () => ({ signs: await this.sync() }),
      'sources.installFile': async ({ id }) => ({ source: await this.installFile(id) }),
      'wanted.add': async ({ word, lang }) => ({ counted: await this.addWanted(word, lang) }),
    };
  }

  /** Rebuilds My signs' sources from the studio's records; syncs run one after the other. */
  sync(): Promise<number> {
    const run = this.syncing.then(
      () => this.syncOnce(),
      () => this.syncOnce(),
    );
    this.syncing = run.catch(() => 0);
    return run;
  }

  private async syncOnce(): Promise<number> {
    const db = await this.options.openDb();
    let signs: MySign[];
    try {
      signs = await listMySigns(db);
    } finally {
      db.close();
    }
    const groups = groupMySigns(signs);
    const wanted = new Set(groups.map((group) => group.id));
    const { store } = this.options;
    for (const group of groups)
      await store.putSource(
        this.sourceOf(group),
        group.signs.map((sign) => this.entryOf(sign)),
      );
    for (const source of await store.listSources()) {
      if (source.kind === 'my-signs' && isMySignsSourceId(source.summary.id) && !wanted.has(source.summary.id)) await store.removeSource(source.summary.id);
    }
    return signs.length;
  }

  private sourceOf(group: MySignsGroup): NewSource {
    const base = this.options.extensionBaseUrl;
    const updated = Math.max(...group.signs.map((sign) => sign.updatedAt));
    return {
      kind: 'my-signs',
      packUrl: `${base}my-signs/${group.id}`,
      summary: {
        id: group.id,
        name: `My signs (${group.signLanguage.toUpperCase()}, ${group.spokenLanguage})`,
        url: `${base}src/studio/index.html`,
        version: new Date(updated).toISOString(),
        signLanguage: group.signLanguage,
        spokenLanguage: group.spokenLanguage,
        licence: groupLicence(group.signs),
        attribution: groupSigners(group.signs),
        entryCount: group.signs.length,
        installedAt: Math.min(...group.signs.map((sign) => sign.createdAt)),
      },
    };
  }

  private entryOf(sign: MySign): StoredEntry {
    const video: StoredEntry['videos'][number] = {
      url: mySignVideoUrl(this.options.extensionBaseUrl, sign.id),
      type: sign.video.type,
      width: sign.video.width,
      height: sign.video.height,
      duration: sign.video.duration,
      signer: sign.signer,
      licence: sign.licence,
    };
    if (sign.region) video.region = sign.region;
    const entry: StoredEntry = { id: sign.id, forms: sign.forms, videos: [video] };
    if (sign.definition) entry.definition = sign.definition;
    return entry;
  }

  /**
   * A pack the options page stored from a .zip (validated there with validatePack, its videos
   * checked) becomes a source like one installed from a URL, its videos read from this computer.
   */
  async installFile(id: string): Promise<SourceSummary> {
    const db = await this.options.openDb();
    let stored: FilePack | undefined;
    try {
      stored = await getOne<FilePack>(db, 'packs', id);
    } finally {
      db.close();
    }
    if (!stored) throw new Error('This pack file is not stored any more: install it again.');
    const { pack, files, installedAt } = stored;
    // As for a pack from an address (source-identity.ts): a file's pack never takes the place of
    // a source installed otherwise, nor the ids kept for Lingua Libre and My signs.
    const installed = await this.options.store.getSource(pack.id);
    if ((installed && installed.kind !== 'file') || isBuiltInSourceId(pack.id) || isMySignsSourceId(pack.id)) {
      throw new Error(text('bg_file_id_taken', pack.id, installed?.summary.name ?? pack.id));
    }
    const base = this.options.extensionBaseUrl;
    const entries: StoredEntry[] = pack.entries.map((entry) => {
      const stored: StoredEntry = {
        id: entry.id,
        forms: entry.forms,
        videos: entry.videos.map((video) => ({ ...video, url: filePackVideoUrl(base, pack.id, files[video.url] ?? video.url) })),
      };
      if (entry.definition !== undefined) stored.definition = entry.definition;
      return stored;
    });
    const source = await this.options.store.putSource(
      {
        kind: 'file',
        packUrl: `${base}${MY_SIGN_PATH}file/${pack.id}/pack.json`,
        ...(pack.homepage ? { homepage: pack.homepage } : {}),
        summary: {
          id: pack.id,
          name: pack.name,
          url: `${base}${MY_SIGN_PATH}file/${pack.id}/pack.json`,
          version: pack.version,
          signLanguage: pack.signLanguage,
          spokenLanguage: pack.spokenLanguage,
          licence: pack.licence,
          attribution: pack.attribution,
          entryCount: entries.length,
          installedAt,
        },
      },
      entries,
    );
    return source.summary;
  }

  /** Counts one ask for a word without a sign, unless the reader turned collecting off. */
  async addWanted(word: string, pageLang: string): Promise<boolean> {
    const lang = primaryLanguage(pageLang);
    const form = wantedForm(word, lang);
    if (!form) return false;
    const db = await this.options.openDb();
    try {
      if ((await getOne<boolean>(db, 'prefs', COLLECT_WANTED_PREF)) === false) return false;
      const now = (this.options.now ?? Date.now)();
      let full = false;
      await inTransaction(db, ['wanted'], 'readwrite', async (tx) => {
        const wanted = tx.objectStore('wanted');
        const previous = (await idbRequest(wanted.get([lang, form]))) as WantedWord | undefined;
        wanted.put(countWanted(previous, form, lang, now), [lang, form]);
        if (!previous) full = (await idbRequest(wanted.count())) > MAX_WANTED;
      });
      if (full) {
        const all = (await inTransaction(db, ['wanted'], 'readonly', (tx) => idbRequest(tx.objectStore('wanted').getAll()))) as WantedWord[];
        await inTransaction(db, ['wanted'], 'readwrite', (tx) => {
          for (const old of overflowWanted(all)) tx.objectStore('wanted').delete([old.lang, old.word]);
        });
      }
      return true;
    } finally {
      db.close();
    }
  }
}

function plainObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadRequest('the request must be an object');
  return value as Record<string, unknown>;
}
