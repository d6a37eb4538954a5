import { useEffect, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { getOne, inTransaction, listWanted, putOne } from '../common/my-signs-db';
import { sortWanted, wantedAsCsv, wantedAsList } from '../core/studio/wanted';
import type { WantedWord } from '../core/studio/types';
import { download } from './download';

/** Mirrors COLLECT_WANTED_PREF of the background (src/background/my-signs.ts). */
const COLLECT = 'collectWanted';

/** Words readers asked for that had no sign: most wanted first, a switch, a clear button, exports, "record these". */
export function WantedSection({ db, onRecordList }: { db: IDBDatabase; onRecordList: (words: string[]) => void }) {
  const [words, setWords] = useState<WantedWord[] | null>(null);
  const [collect, setCollect] = useState(true);
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    void listWanted(db).then(
      (list) => setWords(sortWanted(list)),
      () => setWords([]),
    );
    void getOne<boolean>(db, 'prefs', COLLECT).then(
      (value) => setCollect(value !== false),
      () => undefined,
    );
  }, [db, refresh]);
  // The list grows while the contributor reads in other tabs: look again when they come back.
  useEffect(() => {
    const again = () => document.visibilityState === 'visible' && setRefresh((n) => n + 1);
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, []);

  const clear = async () => {
    await inTransaction(db, ['wanted'], 'readwrite', (tx) => void tx.objectStore('wanted').clear());
    setRefresh((n) => n + 1);
  };

  return (
    <section class="card" aria-labelledby="wanted-heading" data-testid="wanted">
      <h2 id="wanted-heading">{t('studio_wanted_heading')}</h2>
      <p class="help">{t('studio_wanted_help')}</p>
      <div class="switch-row">
        <label for="collect-wanted" class="switch-label">
          {t('studio_wanted_collect')}
        </label>
        <input
          id="collect-wanted"
          type="checkbox"
          role="switch"
          class="switch"
          checked={collect}
          onChange={(event) => {
            const value = event.currentTarget.checked;
            setCollect(value);
            void putOne(db, 'prefs', COLLECT, value);
          }}
        />
      </div>
      {words && words.length === 0 && <p class="empty">{t('studio_wanted_empty')}</p>}
      {words && words.length > 0 && (
        <>
          <ol class="wanted-list" data-testid="wanted-list">
            {words.slice(0, 200).map((w) => (
              <li key={`${w.lang} ${w.word}`} data-word={w.word} data-count={w.count}>
                <span lang={w.lang || undefined}>{w.word}</span> <span class="count">{t('studio_wanted_count', w.count)}</span>
              </li>
            ))}
          </ol>
          <div class="row-actions">
            <button type="button" class="primary" onClick={() => onRecordList(words.map((w) => w.word))} data-testid="record-wanted">
              {t('studio_wanted_record')}
            </button>
            <button type="button" class="secondary" onClick={() => download('wanted-words.txt', wantedAsList(words), 'text/plain')}>
              {t('studio_wanted_export_list')}
            </button>
            <button type="button" class="secondary" onClick={() => download('wanted-words.csv', wantedAsCsv(words), 'text/csv')}>
              {t('studio_wanted_export_csv')}
            </button>
            <button type="button" class="secondary" onClick={() => void clear()} data-testid="clear-wanted">
              {t('studio_wanted_clear')}
            </button>
          </div>
        </>
      )}
      <button type="button" class="link-button" onClick={() => setRefresh((n) => n + 1)}>
        {t('studio_wanted_refresh')}
      </button>
    </section>
  );
}
