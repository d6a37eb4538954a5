import { useEffect, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { MySign } from '../core/studio/types';
import { deleteSign, listSigns, readSignVideo, saveSign } from './signs';
import { draftOf, TagForm, validateDraft, type TagDraft } from './TagForm';
import type { TagProblem } from '../core/studio/tags';
import { ExportButton } from './ExportButton';
import { describeFailure } from './failures';
import { readVideo } from './import-files';

/** The saved signs: play one, re-tag it, delete it, export them all as a pack. */
export function MySignsSection({ db, version, onRetrim }: { db: IDBDatabase; version: number; onRetrim: (sign: MySign) => void }) {
  const [signs, setSigns] = useState<MySign[] | null>(null);
  const [playing, setPlaying] = useState<{ id: string; url: string } | null>(null);
  const [editing, setEditing] = useState<{ sign: MySign; draft: TagDraft; problems: TagProblem[] } | null>(null);
  const [message, setMessage] = useState('');
  const [refresh, setRefresh] = useState(0);
  useEffect(() => void listSigns(db).then(setSigns, () => setSigns([])), [db, version, refresh]);
  useEffect(() => () => playing && URL.revokeObjectURL(playing.url), [playing]);

  const play = async (sign: MySign) => {
    const blob = await readSignVideo(db, sign.id);
    if (blob) setPlaying({ id: sign.id, url: URL.createObjectURL(blob) });
  };
  const remove = async (sign: MySign) => {
    await deleteSign(db, sign.id);
    setMessage(t('studio_signs_deleted', sign.forms[0] ?? ''));
    setRefresh((n) => n + 1);
  };
  const replace = async (sign: MySign, input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const { forms, spokenLanguage, signLanguage, signer, region, licence, definition } = sign;
      await saveSign(db, { forms, spokenLanguage, signLanguage, signer, licence, ...(region ? { region } : {}), ...(definition ? { definition } : {}) }, await readVideo(file), sign);
      setMessage(t('studio_signs_updated', sign.forms[0] ?? ''));
      setRefresh((n) => n + 1);
    } catch (error) {
      setMessage(describeFailure(error));
    }
  };
  const saveEdit = async () => {
    if (!editing) return;
    const checked = validateDraft(editing.draft);
    if (checked.problems.length > 0) return setEditing({ ...editing, problems: checked.problems });
    await saveSign(db, checked.tags, null, editing.sign);
    setEditing(null);
    setMessage(t('studio_signs_updated', checked.tags.forms[0] ?? ''));
    setRefresh((n) => n + 1);
  };

  return (
    <section class="card" aria-labelledby="signs-heading" data-testid="my-signs">
      <h2 id="signs-heading">{t('studio_signs_heading')}</h2>
      <p class="status" role="status">
        {message}
      </p>
      {signs && signs.length === 0 && <p class="empty">{t('studio_signs_empty')}</p>}
      {signs && signs.length > 0 && (
        <>
          <p class="help" data-testid="signs-count">
            {t('studio_signs_count', signs.length)}
          </p>
          <ul class="signs">
            {signs.map((sign) => (
              <li key={sign.id} class="sign" data-testid="sign" data-sign-id={sign.id}>
                <div class="sign-head">
                  <h3>{sign.forms.join(', ')}</h3>
                  <span class="facts">{t('studio_sign_facts', sign.signer, sign.licence, sign.video.duration.toFixed(2), sign.signLanguage.toUpperCase())}</span>
                </div>
                {playing?.id === sign.id && <video src={playing.url} controls autoplay muted loop class="sign-video" aria-label={sign.forms[0]} />}
                <div class="sign-actions">
                  <button type="button" class="secondary" onClick={() => void play(sign)} aria-label={t('studio_sign_play_label', sign.forms[0] ?? '')}>
                    {t('studio_sign_play')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() =>
                      setEditing({
                        sign,
                        problems: [],
                        draft: draftOf(sign),
                      })
                    }
                    aria-label={t('studio_sign_edit_label', sign.forms[0] ?? '')}
                  >
                    {t('studio_sign_edit')}
                  </button>
                  <button type="button" class="secondary" onClick={() => onRetrim(sign)} aria-label={t('studio_sign_retrim_label', sign.forms[0] ?? '')} data-action="retrim">
                    {t('studio_sign_retrim')}
                  </button>
                  <label class="file-button">
                    {t('studio_sign_replace')}
                    <input type="file" accept="video/*,.webm,.mp4" onChange={(event) => void replace(sign, event.currentTarget)} data-action="replace" />
                  </label>
                  <button type="button" class="secondary" onClick={() => void remove(sign)} aria-label={t('studio_sign_delete_label', sign.forms[0] ?? '')} data-action="delete">
                    {t('studio_sign_delete')}
                  </button>
                </div>
                {editing?.sign.id === sign.id && (
                  <TagForm
                    draft={editing.draft}
                    problems={editing.problems}
                    busy={false}
                    submitLabel={t('studio_sign_save_changes')}
                    onChange={(patch) => setEditing({ ...editing, draft: { ...editing.draft, ...patch } })}
                    onSubmit={() => void saveEdit()}
                    onCancel={() => setEditing(null)}
                  />
                )}
              </li>
            ))}
          </ul>
          <ExportButton db={db} signs={signs} />
        </>
      )}
    </section>
  );
}
