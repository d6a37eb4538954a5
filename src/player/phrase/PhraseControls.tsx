import type { Ref } from 'preact';
import { t } from '../../common/i18n';
import type { Speed } from '../../common/settings';
import { IconButton } from '../IconButton';
import { Rates } from '../Rates';

interface PhraseControlsProps {
  language: string;
  playing: boolean;
  position: number;
  count: number;
  rate: Speed;
  onTogglePlay: () => void;
  onStep: (delta: number) => void;
  onReplayAll: () => void;
  onRate: (rate: Speed) => void;
  playButtonRef?: Ref<HTMLButtonElement>;
}

/** [◀ 2 / 6 ▶] [play/pause] [replay all] [speeds]. */
export function PhraseControls(props: PhraseControlsProps) {
  const { language, playing, position, count, rate } = props;
  return (
    <div class="controls">
      <div class="variants" role="group" aria-label={t('player_phrase_words')}>
        <IconButton icon="previous" label={t('player_previous_word')} shortcut="←" onClick={() => props.onStep(-1)} />
        <span class="counter">{`${Math.min(position + 1, count)} / ${count}`}</span>
        <IconButton icon="next" label={t('player_next_word')} shortcut="→" onClick={() => props.onStep(1)} />
      </div>
      <IconButton
        icon={playing ? 'pause' : 'play'}
        label={playing ? t('player_pause') : t('player_play')}
        shortcut={t('player_key_space')}
        onClick={props.onTogglePlay}
        buttonRef={props.playButtonRef}
      />
      <IconButton icon="replay" label={t('player_replay_all')} onClick={props.onReplayAll} />
      <Rates language={language} rate={rate} onRate={props.onRate} />
    </div>
  );
}
