import { useState } from 'preact/hooks';
import { t } from '../common/i18n';
import { groupMySigns } from '../core/studio/dictionary';
import { exportPlan } from '../core/studio/export-pack';
import type { MySign } from '../core/studio/types';
import { download } from './download';
import { zipPack } from './zip-pack';

/** One button per sign language and written language: each makes one pack .zip, with progress. */
export function ExportButton({ db, signs }: { db: IDBDatabase; signs: MySign[] }) {
  const [progress, setProgress] = useState<{ group: string; done: number; total: number } | null>(null);
  const [message, setMessage] = useState('');
  const groups = groupMySigns(signs);
  const run = async (index: number) => {
    const group = groups[index]!;
    const plan = exportPlan(group, new Date());
    setMessage('');
    setProgress({ group: group.id, done: 0, total: plan.files.length });
    try {
      const started = performance.now();
      const zip = await zipPack(db, plan, (done) => setProgress({ group: group.id, done, total: plan.files.length }));
      performance.measure('signet-studio-export', { start: started, end: performance.now() });
      download(`${plan.pack.id}.zip`, zip);
      setMessage(t('studio_export_done', `${plan.pack.id}.zip`, (zip.size / 1024 / 1024).toFixed(1)));
    } catch (error) {
      setMessage(t('studio_error_generic', (error as Error).message));
    } finally {
      setProgress(null);
    }
  };
  return (
    <div class="export">
      {groups.map((group, i) => (
        <button type="button" class="secondary" key={group.id} disabled={progress !== null} onClick={() => void run(i)} data-testid="export" data-group={group.id}>
          {t('studio_export', group.signLanguage.toUpperCase(), group.spokenLanguage, group.signs.length)}
        </button>
      ))}
      {progress && <progress max={progress.total} value={progress.done} aria-label={t('studio_export_progress')} />}
      <p class="status" role="status" data-testid="export-status">
        {message}
      </p>
    </div>
  );
}
