import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../common/i18n';
import type { TagProblem } from '../core/studio/tags';
import { filmstripTimes, type TrimRange } from '../core/studio/trim';
import type { MySign } from '../core/studio/types';
import { CameraPanel } from './CameraPanel';
import { draftOfSign, draftOfTake, saveDraft, suggestFor, type Draft } from './drafts';
import { readSignVideo } from './signs';
import { studioKeyOf } from './keys';
import { thumbnails } from './media';
import { describeFailure } from './failures';
import { MySignsSection } from './MySignsSection';
import { RecoveredTakes } from './RecoveredTakes';
import { draftOf, TagForm, validateDraft, type TagDraft } from './TagForm';
import { TakeStore, type TakeRecord } from './takes';
import { TrimPanel } from './TrimPanel';
import { ImportSection } from './ImportSection';
import { useCamera } from './useCamera';
import { usePrefs, type StudioPrefs } from './useStudioDb';
import { useRecording } from './useRecording';
import { WantedSection } from './WantedSection';
import { WordBar } from './WordBar';

type Status = { kind: 'info' | 'error'; text: string } | null;

/** The words to record, from the address: one from the player's *Record this sign*, a list from the page report's *Record these*. */
function initialWords(): string[] {
  const words = new URLSearchParams(location.search).getAll('word').map((word) => word.trim().slice(0, 200));
  return [...new Set(words.filter((word) => word !== ''))].slice(0, 100);
}

function tagDraftFor(word: string, prefs: StudioPrefs): TagDraft {
  return { forms: word, spokenLanguage: prefs.spokenLanguage, signLanguage: prefs.signLanguage, signer: prefs.signer, region: prefs.region, licence: prefs.licence, definition: '' };
}

export function StudioApp({ db }: { db: IDBDatabase }) {
  const takes = useMemo(() => new TakeStore(db), [db]);
  const { prefs, save: savePrefs } = usePrefs(db);
  const [words, setWords] = useState<string[]>(initialWords);
  const [index, setIndex] = useState(0);
  const word = words[index] ?? '';
  const [status, setStatus] = useState<Status>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [filmstrip, setFilmstrip] = useState<string[]>([]);
  const [tags, setTags] = useState<TagDraft | null>(null);
  const [problems, setProblems] = useState<TagProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const [signsVersion, setSignsVersion] = useState(0);
  const [kept, setKept] = useState<TakeRecord[]>([]);
  const stage = useRef<HTMLElement>(null);
  const camera = useCamera(prefs?.cameraId, prefs !== null);

  useEffect(() => void takes.list().then(setKept, () => undefined), [takes]);
  useEffect(() => {
    if (prefs && !draft) setTags(tagDraftFor(word, prefs));
  }, [word, prefs === null]);

  const review = async (take: TakeRecord) => startReview(() => draftOfTake(takes, take), take.word);

  const retrim = async (sign: MySign) => {
    const blob = await readSignVideo(db, sign.id);
    if (!blob) return setStatus({ kind: 'error', text: describeFailure(new Error(sign.id)) });
    if (!(await startReview(() => draftOfSign(sign, blob), sign.forms[0] ?? ''))) return;
    setTags(draftOf(sign));
    stage.current?.scrollIntoView();
    stage.current?.focus();
  };

  /** True once the draft is under review; false when it could not be read (the take stays kept). */
  const startReview = async (make: () => Promise<Draft>, word: string): Promise<boolean> => {
    try {
      const next = await make();
      setDraft(next);
      setFilmstrip([]);
      setStatus({ kind: 'info', text: t('studio_take_ready', next.info.duration.toFixed(1)) });
      if (prefs) setTags((old) => ({ ...(old ?? tagDraftFor(word, prefs)), forms: word || old?.forms || '' }));
      void suggestFor(next).then((suggested) => {
        setDraft((current) => (current?.blob === next.blob ? { ...current, suggested, analysed: true, range: suggested ?? current.range } : current));
      });
      void thumbnails(next.blob, filmstripTimes(next.info.duration, 8)).then(
        (thumbs) => setFilmstrip(thumbs),
        () => setFilmstrip([]),
      );
      return true;
    } catch (error) {
      // The take stays stored: it is listed among the kept takes, to try again or discard.
      setStatus({ kind: 'error', text: describeFailure(error) });
      setKept(await takes.list().catch(() => []));
      return false;
    }
  };

  const recording = useRecording(
    takes,
    (take, reason) => {
      if (take.chunks === 0) {
        setStatus({ kind: 'error', text: t('studio_error_empty') });
        void takes.discard(take.id);
        return;
      }
      // A camera that stopped mid-take: its take is reviewed like any, and the reader told why it ended.
      void review(take).then((ok) => ok && reason === 'camera' && setStatus({ kind: 'info', text: t('studio_camera_stopped_kept') }));
    },
    (error) => setStatus({ kind: 'error', text: describeFailure(error) }),
  );

  const record = () => {
    if (!prefs || camera.state.status !== 'live') return;
    if (recording.state.phase !== 'idle') return recording.stop();
    setDraft(null);
    recording.start(camera.state.stream, word, prefs.countdown, prefs.maxSeconds);
  };

  const retake = async () => {
    if (recording.state.phase !== 'idle') await recording.cancel();
    // A take is dropped; a saved sign under a second trim stays as it was.
    if (draft?.takeId) await takes.discard(draft.takeId).catch(() => undefined);
    setDraft(null);
    setStatus({ kind: 'info', text: t('studio_take_discarded') });
    stage.current?.focus();
  };

  const move = (delta: number) => {
    if (recording.state.phase !== 'idle') return;
    setIndex((i) => Math.min(Math.max(0, i + delta), Math.max(0, words.length - 1)));
  };

  const save = async () => {
    if (!draft || !tags || saving) return;
    const checked = validateDraft(tags);
    setProblems(checked.problems);
    if (checked.problems.length > 0) {
      setStatus({ kind: 'error', text: t('studio_tag_errors', checked.problems.length) });
      return;
    }
    setSaving(true);
    setStatus({ kind: 'info', text: t('studio_saving') });
    try {
      const sign: MySign = await saveDraft(db, takes, draft, checked.tags);
      savePrefs({
        signer: checked.tags.signer,
        region: checked.tags.region ?? '',
        spokenLanguage: checked.tags.spokenLanguage,
        signLanguage: checked.tags.signLanguage,
        licence: checked.tags.licence,
      });
      setStatus({ kind: 'info', text: t('studio_saved', sign.forms[0] ?? '', sign.video.duration.toFixed(2)) });
      setDraft(null);
      setKept((list) => list.filter((take) => take.id !== draft.takeId));
      setSignsVersion((n) => n + 1);
      if (index < words.length - 1) setIndex(index + 1);
      stage.current?.focus();
    } catch (error) {
      setStatus({ kind: 'error', text: describeFailure(error) });
    } finally {
      setSaving(false);
    }
  };

  // Set at each render, read by one listener: a listener re-added by an effect after each render
  // kept the previous render's word list until that effect ran, so → pressed just as a list
  // appeared moved within the old one (tests/e2e/studio-wanted.test.ts, on a loaded machine).
  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  onKey.current = (event) => {
    const action = studioKeyOf(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'record') record();
    else if (action === 'previous') move(-1);
    else if (action === 'next') move(1);
    else if (action === 'retake') void retake();
    else if (action === 'save') void save();
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  if (!prefs || !tags) return null;
  const setRange = (range: TrimRange) => setDraft((current) => (current ? { ...current, range } : current));

  return (
    <main class="studio">
      <h1>{t('studio_title')}</h1>
      <p class="help">{t('studio_intro')}</p>
      <p class={`status ${status?.kind ?? ''}`} role={status?.kind === 'error' ? 'alert' : 'status'} data-testid="studio-status">
        {status?.text ?? ''}
      </p>
      <RecoveredTakes
        takes={kept}
        onReview={(take) => void review(take)}
        onDiscard={async (take) => {
          await takes.discard(take.id).catch(() => undefined);
          setKept((list) => list.filter((k) => k.id !== take.id));
        }}
      />
      <section class="card stage" ref={stage} tabIndex={-1} data-shortcuts aria-labelledby="record-heading">
        <h2 id="record-heading">{t('studio_record_heading')}</h2>
        <WordBar
          words={words}
          index={index}
          onMove={move}
          onWords={(list) => {
            setWords(list);
            setIndex(0);
          }}
        />
        {draft ? (
          <TrimPanel blob={draft.blob} duration={draft.info.duration} range={draft.range} suggested={draft.suggested} analysed={draft.analysed} filmstrip={filmstrip} onRange={setRange} />
        ) : (
          <CameraPanel
            camera={camera.state}
            devices={camera.devices}
            cameraId={prefs.cameraId}
            phase={recording.state}
            maxSeconds={prefs.maxSeconds}
            onCamera={(cameraId) => savePrefs({ cameraId })}
            onRetryCamera={camera.retry}
            onRecord={record}
            onStop={recording.stop}
          />
        )}
        <div class="stage-settings">
          <label class="inline">
            {t('studio_countdown_label')}
            <input type="number" min={0} max={10} value={prefs.countdown} onChange={(e) => savePrefs({ countdown: clamp(Number(e.currentTarget.value), 0, 10) })} />
          </label>
          <label class="inline">
            {t('studio_max_length_label')}
            <input type="number" min={1} max={30} value={prefs.maxSeconds} onChange={(e) => savePrefs({ maxSeconds: clamp(Number(e.currentTarget.value), 1, 30) })} />
          </label>
          {draft && (
            <button type="button" class="secondary" onClick={() => void retake()} aria-keyshortcuts="Backspace" data-testid="retake">
              {t('studio_retake')} <kbd>{t('studio_key_backspace')}</kbd>
            </button>
          )}
        </div>
        {draft && <TagForm draft={tags} problems={problems} busy={saving} submitLabel={t('studio_save_next')} onChange={(patch) => setTags({ ...tags, ...patch })} onSubmit={() => void save()} />}
      </section>
      <ImportSection db={db} prefs={prefs} onPrefs={savePrefs} onImported={() => setSignsVersion((n) => n + 1)} />
      <MySignsSection db={db} version={signsVersion} onRetrim={(sign) => void retrim(sign)} />
      <WantedSection
        db={db}
        onRecordList={(list) => {
          setWords(list);
          setIndex(0);
          stage.current?.focus();
        }}
      />
    </main>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}
