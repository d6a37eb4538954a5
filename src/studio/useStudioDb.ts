import { useEffect, useState } from 'preact/hooks';
import { getOne, openMySignsDb, putOne } from '../common/my-signs-db';

/** The contributor's database, opened once for the page's life; null while opening, an Error when it cannot be. */
export function useStudioDb(): IDBDatabase | null | Error {
  const [db, setDb] = useState<IDBDatabase | null | Error>(null);
  useEffect(() => {
    openMySignsDb().then(setDb, () => setDb(new Error('storage')));
  }, []);
  return db;
}

/** The studio's remembered choices (camera, signer, languages, licence, countdown, maximum length). */
export interface StudioPrefs {
  cameraId?: string;
  signer: string;
  region: string;
  spokenLanguage: string;
  signLanguage: string;
  licence: string;
  countdown: number;
  maxSeconds: number;
}

export const DEFAULT_PREFS: StudioPrefs = { signer: '', region: '', spokenLanguage: 'fr', signLanguage: 'fsl', licence: 'CC-BY-SA-4.0', countdown: 3, maxSeconds: 10 };

export function usePrefs(db: IDBDatabase | null) {
  const [prefs, setPrefs] = useState<StudioPrefs | null>(null);
  useEffect(() => {
    if (!db) return;
    void getOne<Partial<StudioPrefs>>(db, 'prefs', 'studio')
      .catch(() => undefined)
      .then((stored) => setPrefs({ ...DEFAULT_PREFS, ...sanitise(stored) }));
  }, [db]);
  const save = (patch: Partial<StudioPrefs>) => {
    setPrefs((old) => {
      const next = { ...(old ?? DEFAULT_PREFS), ...patch };
      if (db) void putOne(db, 'prefs', 'studio', next).catch(() => undefined);
      return next;
    });
  };
  return { prefs, save };
}

function sanitise(stored: Partial<StudioPrefs> | undefined): Partial<StudioPrefs> {
  if (!stored || typeof stored !== 'object') return {};
  const out: Partial<StudioPrefs> = { ...stored };
  if (typeof out.countdown !== 'number' || out.countdown < 0 || out.countdown > 10) delete out.countdown;
  if (typeof out.maxSeconds !== 'number' || out.maxSeconds < 1 || out.maxSeconds > 30) delete out.maxSeconds;
  return out;
}
