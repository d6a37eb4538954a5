import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../common/i18n';
import type { ManualAlphabet, SpelledSign } from '../../core/fingerspelling';
import { loadSignWritingFonts, signMarkup } from './signwriting';

interface SpellingViewProps {
  word: string;
  alphabet: ManualAlphabet;
  signs: readonly SpelledSign[];
  index: number;
}

/**
 * One hand shape at a time, drawn in SignWriting on a light card (the script is black on white),
 * the letter it spells under it, and the whole word above with that letter marked, as deaf
 * testers of sign.mt asked: the reader always sees where in the word the hand is.
 */
export function SpellingView({ word, alphabet, signs, index }: SpellingViewProps) {
  const [fontsLoaded, setFontsLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadSignWritingFonts().then(() => live && setFontsLoaded(true));
    return () => {
      live = false;
    };
  }, []);
  const sign = signs[index];
  const letter = sign ? word.slice(sign.start, sign.end) : '';
  const card = useRef<HTMLDivElement>(null);
  const markup = sign && fontsLoaded ? signMarkup(sign.fsw) : '';
  // The SVG is parsed as XML and its nodes put in the card, rather than assigned as HTML: the
  // markup is signSvg's, from Signet's own alphabet tables, and no raw-HTML path is bundled at
  // all (scripts/build/no-raw-html.ts; web-ext lint flags innerHTML assignments).
  useLayoutEffect(() => {
    const element = card.current;
    if (!element) return;
    if (!markup) return element.replaceChildren();
    const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    element.replaceChildren(document.importNode(svg, true));
  }, [markup]);
  return (
    <div class="spelling" role="group" aria-label={t('player_spelling_label', word, alphabet.abbreviation)} data-sign-language={alphabet.signLanguage}>
      <p class="spelled-word" aria-hidden="true" data-testid="spelled-word">
        {sign ? (
          <>
            {word.slice(0, sign.start)}
            <mark>{letter}</mark>
            {word.slice(sign.end)}
          </>
        ) : (
          word
        )}
      </p>
      {sign && (
        <>
          <div
            class="sign-card"
            role="img"
            aria-label={t('player_letter_of', index + 1, signs.length, letter)}
            data-testid="sign-card"
            data-sign={sign.sign}
            data-fsw={sign.fsw}
            data-ready={fontsLoaded ? 'true' : undefined}
            ref={card}
          />
          <p class="spelled-letter" aria-live="polite" data-testid="spelled-letter">
            {letter}
          </p>
        </>
      )}
    </div>
  );
}
