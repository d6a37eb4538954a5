import type { Ref } from 'preact';
import { t } from '../../common/i18n';
import type { Speed } from '../../common/settings';
import { IconButton } from '../IconButton';
import { Rates } from '../Rates';
import type { Spelling } from './useSpelling';

interface SpellingControlsProps {
  language: string;
  spelling: Spelling;
  count: number;
  rate: Speed;
  onRate: (rate: Speed) => void;
  playButtonRef?: Ref<HTMLButtonElement>;
}

/** [◀ 3 / 6 ▶] [play/pause] [spell again] [speeds]: letter by letter with ←/→ too. */
export function SpellingControls({ language, spelling, count, rate, onRate, playButtonRef }: SpellingControlsProps) {
  return (
    <div class="controls">
      <div class="variants" role="group" aria-label={t('player_fingerspell')}>
        <IconButton icon="previous" label={t('player_previous_letter')} shortcut="←" onClick={() => spelling.step(-1)} />
        <span class="counter">{`${spelling.index + 1} / ${count}`}</span>
        <IconButton icon="next" label={t('player_next_letter')} shortcut="→" onClick={() => spelling.step(1)} />
      </div>
      <IconButton
        icon={spelling.playing ? 'pause' : 'play'}
        label={spelling.playing ? t('player_pause') : t('player_play')}
        shortcut={t('player_key_space')}
        onClick={spelling.toggle}
        buttonRef={playButtonRef}
      />
      <IconButton icon="replay" label={t('player_spell_again')} onClick={spelling.replay} />
      <Rates language={language} rate={rate} onRate={onRate} />
    </div>
  );
}
