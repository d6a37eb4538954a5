import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../common/i18n';
import { signLanguageChoice, type Settings, type Speed } from '../../common/settings';
import { alphabetFor } from '../../core/fingerspelling';
import { MAX_PHRASE_WORDS } from '../../core/phrase';
import { saveSettings } from '../../common/settings-storage';
import { CreditLine, TitleBar } from '../EntryInfo';
import type { PlayerRequest } from '../request';
import { SpellingView } from '../spelling/SpellingView';
import { useSpelling } from '../spelling/useSpelling';
import { useSpellingLanguage } from '../spelling/useSpellingLanguage';
import { usePlayerSettings } from '../usePlayerSettings';
import { useShortcuts } from '../useShortcuts';
import { PhraseControls } from './PhraseControls';
import type { PhraseRequest } from './phrase-param';
import { PhraseStrip } from './PhraseStrip';
import { PhraseVideos, type VideoSlot } from './PhraseVideos';
import { usePhraseSteps, type PhraseStep } from './usePhraseSteps';
import { usePreloadedVideos } from './usePreloadedVideos';
import { RATES } from '../Controls';

interface PhrasePlayerProps {
  language: string;
  initialSettings: Settings;
  request: PlayerRequest;
  phrase: PhraseRequest;
  /** Asks the content script to close the overlay. */
  close: () => void;
  /** Tells the content script which item is being signed, so the page highlights it. */
  onPhraseAt: (index: number) => void;
}

/**
 * Phrase mode: the phrase's words in turn, each sign once, names and words without a sign
 * fingerspelled, function words without a sign skipped. A strip shows the words with the current
 * one marked (the page highlights it too); play/pause, previous/next word, speed, replay all.
 */
export function PhrasePlayer({ language, initialSettings, request, phrase, close, onPhraseAt }: PhrasePlayerProps) {
  const settings = usePlayerSettings(initialSettings);
  const choice = signLanguageChoice(settings, request.lang);
  const spelling = useSpellingLanguage(request.lang, choice);
  const alphabet = alphabetFor(spelling.signLanguage);
  const state = usePhraseSteps(phrase.items, request.lang, choice, alphabet, spelling.ready);
  const steps = state.status === 'ready' ? state.steps : [];

  // The position belongs to one list of steps; `round` restarts the same step (replay).
  const [at, setAt] = useState({ steps, position: 0, round: 0 });
  const position = at.steps === steps ? at.position : 0;
  const round = at.steps === steps ? at.round : 0;
  const [playing, setPlaying] = useState(true);
  const step: PhraseStep | undefined = steps[position];
  const goTo = useCallback((next: number, restart = false) => setAt((a) => ({ steps, position: next, round: (a.steps === steps ? a.round : 0) + (restart ? 1 : 0) })), [steps]);
  const advance = useCallback(() => {
    if (position + 1 < steps.length) goTo(position + 1);
    else setPlaying(false);
  }, [position, steps.length, goTo]);

  const [rate, setRate] = useState<Speed>(settings.speed);
  useEffect(() => setRate(settings.speed), [settings.speed]);

  // Videos: the current sign's and the next one's, in alternate elements (see PhraseVideos).
  const videoSteps = useMemo(() => steps.filter((s): s is Extract<PhraseStep, { kind: 'sign' }> => s.kind === 'sign'), [steps]);
  const ordinalOf = (s: PhraseStep | undefined) => (s?.kind === 'sign' ? videoSteps.indexOf(s) : -1);
  const firstVideoFrom = videoSteps.findIndex((s) => steps.indexOf(s) >= position);
  const wanted = firstVideoFrom < 0 ? [] : videoSteps.slice(firstVideoFrom, firstVideoFrom + 2);
  const sources = usePreloadedVideos(wanted.map((s) => s.video.url));
  const slots: [VideoSlot | null, VideoSlot | null] = [null, null];
  for (const s of wanted) slots[(ordinalOf(s) % 2) as 0 | 1] = { url: s.video.url, src: sources[s.video.url] };
  const active = step?.kind === 'sign' ? ((ordinalOf(step) % 2) as 0 | 1) : null;
  const identity = `${round}:${position}`;
  const following = steps[position + 1];
  const next = following?.kind === 'sign' ? { slot: (ordinalOf(following) % 2) as 0 | 1, start: `${round}:${position + 1}` } : null;

  const spell = useSpelling(step?.kind === 'spell' ? step.signs.length : 0, rate, step?.kind === 'spell' ? identity : null, { running: playing, onEnd: advance });

  // The page highlights the word being signed.
  const currentItem = step?.item;
  useEffect(() => {
    if (currentItem !== undefined) onPhraseAt(currentItem);
  }, [currentItem, round, onPhraseAt]);

  // Opened from the keyboard, the player is where the reader now works (as for one word).
  const playButton = useRef<HTMLButtonElement>(null);
  const ready = state.status === 'ready';
  useEffect(() => {
    if (request.fromKeyboard && ready) playButton.current?.focus();
  }, [request, ready]);

  const title = t('player_phrase_title', request.word);
  useEffect(() => {
    document.title = title;
  }, [title]);

  const togglePlay = () => {
    if (!playing && position === steps.length - 1 && step?.kind === 'sign') goTo(position, true); // At the end: once more.
    setPlaying((p) => !p);
  };
  const stepBy = (delta: number) => {
    const next = Math.min(Math.max(position + delta, 0), steps.length - 1);
    goTo(next, next === position);
  };
  const replayAll = () => {
    goTo(0, true);
    setPlaying(true);
  };
  const changeRate = (delta: number) => {
    const next = RATES[RATES.indexOf(rate) + delta];
    if (next !== undefined) setRate(next);
  };
  const enlarged = settings.overlaySize === 'large';
  // As in the word player: the content script follows the setting and resizes the frame.
  const toggleEnlarged = () => void saveSettings({ overlaySize: enlarged ? 'medium' : 'large' }).catch(() => undefined);
  useShortcuts({ togglePlay, enlarge: toggleEnlarged, previous: () => stepBy(-1), next: () => stepBy(1), faster: () => changeRate(1), slower: () => changeRate(-1), close });

  const chooseItem = (item: number) => {
    const index = steps.findIndex((s) => s.item === item);
    if (index >= 0) goTo(index, true);
    setPlaying(true);
  };

  return (
    <main class="player phrase">
      <div class="stage" hidden={step?.kind === 'spell'}>
        <PhraseVideos slots={slots} active={active} playing={playing} rate={rate} start={identity} next={next} onEnded={advance} />
        {state.status === 'loading' && (
          <div class="stage-message" role="status">
            {t('player_loading')}
          </div>
        )}
      </div>
      {step?.kind === 'spell' && alphabet && <SpellingView word={phrase.items[step.item]!.text} alphabet={alphabet} signs={step.signs} index={spell.index} />}
      <PhraseControls
        language={language}
        playing={playing}
        position={position}
        count={steps.length}
        rate={rate}
        onTogglePlay={togglePlay}
        onStep={stepBy}
        onReplayAll={replayAll}
        onRate={setRate}
        playButtonRef={playButton}
      />
      <PhraseStrip items={phrase.items} current={currentItem} skipped={state.status === 'ready' ? state.skipped : new Set()} onChoose={chooseItem} />
      <p class="phrase-notice">
        {t('player_phrase_notice')}
        {phrase.cut > 0 && ` ${t('player_phrase_cut', MAX_PHRASE_WORDS)}`}
      </p>
      <TitleBar title={currentItem !== undefined ? phrase.items[currentItem]!.text : request.word} enlarged={enlarged} onEnlarge={toggleEnlarged} onClose={close} />
      {step?.kind === 'sign' && <CreditLine key={step.entry.id} entry={step.entry} video={step.video} />}
    </main>
  );
}
