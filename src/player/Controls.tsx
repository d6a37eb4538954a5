import type { Ref } from 'preact';
import { t } from '../common/i18n';
import { SPEEDS, type Speed } from '../common/settings';
import { IconButton } from './IconButton';
import { Rates } from './Rates';

/** The speeds offered are the settings' (the default speed is one of them). */
export const RATES = SPEEDS;
export type Rate = Speed;

interface ControlsProps {
  language: string;
  paused: boolean;
  rate: Rate;
  /** 0-based position and count over all videos of all entries. */
  position: number;
  count: number;
  onTogglePlay: () => void;
  onReplay: () => void;
  onRate: (rate: Rate) => void;
  onPrevious: () => void;
  onNext: () => void;
  playButtonRef: Ref<HTMLButtonElement>;
}

/** One compact row: [◀ 2 / 3 ▶] [play/pause] [replay] [0.5× 0.75× 1×]. */
export function Controls(props: ControlsProps) {
  const { language, paused, rate, position, count } = props;
  return (
    <div class="controls">
      {count > 1 && (
        <div class="variants" role="group" aria-label={t('player_variants')}>
          <IconButton icon="previous" label={t('player_previous')} shortcut="←" onClick={props.onPrevious} />
          <span class="counter" title={t('player_counter', position + 1, count)}>
            {`${position + 1} / ${count}`}
          </span>
          <IconButton icon="next" label={t('player_next')} shortcut="→" onClick={props.onNext} />
        </div>
      )}
      {/* The label changes with the state; aria-pressed would then say it twice. */}
      <IconButton
        icon={paused ? 'play' : 'pause'}
        label={paused ? t('player_play') : t('player_pause')}
        shortcut={t('player_key_space')}
        onClick={props.onTogglePlay}
        buttonRef={props.playButtonRef}
      />
      <IconButton icon="replay" class="replay-button" label={t('player_replay')} onClick={props.onReplay} />
      <Rates language={language} rate={rate} onRate={props.onRate} />
    </div>
  );
}
