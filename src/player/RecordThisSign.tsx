import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../common/i18n';
import { send } from '../common/send';
import './record-this-sign.css';

const CONFIRM_MS = 400;

/**
 * Under "no sign for this word": a link to the studio with the word ready to record. The reader
 * asked for this word by name (menu, command) and it had none: it counts as a wanted word.
 */
export function RecordThisSign({ word, lang }: { word: string; lang: string }) {
  useEffect(() => {
    // Counted only if the answer stays "none": for one render after the content script asks for a new word,
    // the entries shown are still the previous request's (an empty one while the overlay was
    // being prepared), which would count every word pointed at.
    const timer = setTimeout(() => {
      void send('wanted.add', { word: word.slice(0, 100), lang }).catch(() => undefined);
    }, CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [word, lang]);
  return (
    <a class="text-button record-link" href={browser.runtime.getURL(`src/studio/index.html?word=${encodeURIComponent(word)}`)} target="_blank" rel="noopener" data-testid="record-this-sign">
      {t('studio_record_this_sign')}
    </a>
  );
}
