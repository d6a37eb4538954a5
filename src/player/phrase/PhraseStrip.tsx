import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../common/i18n';
import type { PhraseItem } from './phrase-param';

interface PhraseStripProps {
  items: readonly PhraseItem[];
  /** Item signed now; items that play nothing are greyed. */
  current: number | undefined;
  skipped: ReadonlySet<number>;
  onChoose: (item: number) => void;
}

/** The phrase's words in a row, the one being signed marked; a word pressed is signed from there. */
export function PhraseStrip({ items, current, skipped, onChoose }: PhraseStripProps) {
  const strip = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Scrolled by hand: scrollIntoView would scroll the page around the player too.
    const list = strip.current;
    const word = list?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!list || !word) return;
    const left = word.offsetLeft - list.offsetLeft;
    if (left < list.scrollLeft || left + word.offsetWidth > list.scrollLeft + list.clientWidth) list.scrollLeft = left - 8;
  }, [current]);
  return (
    <ol class="phrase-strip" ref={strip} aria-label={t('player_phrase_words')}>
      {items.map((item, index) => (
        <li key={index}>
          {skipped.has(index) ? (
            <span class="phrase-word skipped" title={t('player_phrase_skipped')} data-testid="phrase-word" data-kind="skip">
              {item.text}
            </span>
          ) : (
            <button type="button" class="phrase-word" aria-current={index === current ? 'true' : undefined} onClick={() => onChoose(index)} data-testid="phrase-word" data-kind={item.kind}>
              {item.text}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
