import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { describeFailure } from './failures';
import { importFiles, type ImportReport } from './import-files';
import { LICENCES } from '../core/studio/types';
import type { StudioPrefs } from './useStudioDb';

/** Video files or a folder with index.tsv, by file picker or drag and drop. */
export function ImportSection({ db, prefs, onPrefs, onImported }: { db: IDBDatabase; prefs: StudioPrefs; onPrefs: (patch: Partial<StudioPrefs>) => void; onImported: () => void }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [over, setOver] = useState(false);

  const run = async (files: File[]) => {
    if (files.length === 0 || progress) return;
    setReport(null);
    setProgress({ done: 0, total: files.length });
    try {
      setReport(await importFiles(db, files, prefs, describeFailure, (done, total) => setProgress({ done, total })));
      onImported();
    } finally {
      setProgress(null);
    }
  };

  const picked = (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Emptied, so that picking the same files again (after fixing the signer's name) imports them.
    input.value = '';
    void run(files);
  };

  return (
    <section
      class={`card import${over ? ' drop-over' : ''}`}
      aria-labelledby="import-heading"
      data-testid="import"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        void run([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <h2 id="import-heading">{t('studio_import_heading')}</h2>
      <p class="help">{t('studio_import_help')}</p>
      <div class="field-row">
        <div class="field">
          <label for="import-signer">{t('studio_tag_signer')}</label>
          <input id="import-signer" type="text" value={prefs.signer} autocomplete="name" onInput={(e) => onPrefs({ signer: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="import-licence">{t('studio_tag_licence')}</label>
          <select id="import-licence" value={prefs.licence} onChange={(e) => onPrefs({ licence: e.currentTarget.value })}>
            {LICENCES.map((licence) => (
              <option value={licence} key={licence}>
                {t(`studio_licence_${licence.replace(/[-.]/g, '_')}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="row-actions">
        <label class="file-button">
          {t('studio_import_files')}
          <input type="file" multiple accept="video/*,.webm,.mp4,.mkv,.mov" onChange={picked} data-testid="import-files" />
        </label>
        <label class="file-button">
          {t('studio_import_folder')}
          <input type="file" {...{ webkitdirectory: '' }} multiple onChange={picked} data-testid="import-folder" />
        </label>
      </div>
      {progress && <progress max={progress.total} value={progress.done} aria-label={t('studio_import_progress')} />}
      <div role="status" data-testid="import-report">
        {report && <p>{t('studio_import_saved', report.saved.length)}</p>}
      </div>
      {report && report.problems.length > 0 && (
        <ul class="problems" role="alert" data-testid="import-problems">
          {report.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
