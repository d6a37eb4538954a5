import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../common/i18n';
import { send } from '../common/send';
import { loadSettings, saveSettings } from '../common/settings-storage';
import { PageController } from '../content/controller';
import { LINGUA_LIBRE_LANGUAGES, type LinguaLibreLanguage } from '../core/lingualibre/languages';
import { languageName, signLanguageName } from '../options/format';
import { HowToPicture } from './Picture';
import { SAMPLE_SENTENCES } from './samples';

/**
 * The first run (opened once, at install: src/background/lifecycle.ts): one question, the sign
 * language, with one button; then what to do next as a picture, and sample sentences that are
 * marked and play like any page's. Readers found the options page's first words ("paste the
 * URL of its pack.json file") and a red CORS error; here no word of that.
 */
export function WelcomeApp({ language }: { language: string }) {
  const choices = orderedChoices(language);
  const [choice, setChoice] = useState(choices[0]!.signLanguage);
  const [chosen, setChosen] = useState<LinguaLibreLanguage | null>(null);
  const [reading, setReading] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [chosen]);

  const confirm = async (event: Event) => {
    event.preventDefault();
    const picked = choices.find((c) => c.signLanguage === choice)!;
    const settings = await loadSettings();
    await saveSettings({ signLanguages: { ...settings.signLanguages, [picked.spokenLanguage]: picked.signLanguage } });
    // Signs of that language to show: those installed, else its Lingua Libre base, read now.
    const { sources } = await send('sources.list', {}).catch(() => ({ sources: [] }));
    const served = sources.some((s) => s.enabled && s.entryCount > 0 && s.signLanguage.toLowerCase() === picked.signLanguage);
    setChosen(picked);
    if (!served) {
      setReading(true);
      await send('sources.addLinguaLibre', { signLanguage: picked.signLanguage }).catch(() => undefined);
      setReading(false);
    }
  };

  if (!chosen) {
    return (
      <main class="welcome">
        <h1 ref={heading} tabIndex={-1}>
          {t('welcome_title')}
        </h1>
        <p class="intro">{t('welcome_intro')}</p>
        <form onSubmit={(event) => void confirm(event)}>
          <fieldset>
            <legend>{t('welcome_question')}</legend>
            {choices.map((c) => (
              <label class="choice" key={c.signLanguage}>
                <input type="radio" name="sign-language" value={c.signLanguage} checked={choice === c.signLanguage} onChange={() => setChoice(c.signLanguage)} />
                <span class="choice-name">{signLanguageName(c.signLanguage, language)}</span>
                <span class="choice-detail">{t('welcome_language_for', languageName(c.spokenLanguage, language))}</span>
              </label>
            ))}
          </fieldset>
          <button type="submit" class="primary">
            {t('welcome_continue')}
          </button>
        </form>
      </main>
    );
  }

  const written = languageName(chosen.spokenLanguage, language);
  return (
    <main class="welcome">
      <h1 ref={heading} tabIndex={-1}>
        {t('welcome_next_heading')}
      </h1>
      <div class="how">
        <HowToPicture />
        <ol class="steps">
          <li>{t('welcome_step_open', written)}</li>
          <li>{t('welcome_step_point')}</li>
          <li>{t('welcome_step_watch')}</li>
        </ol>
      </div>
      <h2>{t('welcome_try_here')}</h2>
      {reading ? (
        <p class="hint" role="status">
          {t('welcome_reading')}
        </p>
      ) : (
        <Samples spokenLanguage={chosen.spokenLanguage} />
      )}
      <p class="actions">
        <button type="button" class="link" onClick={() => setChosen(null)}>
          {t('welcome_change')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcome_options')}
        </button>
      </p>
    </main>
  );
}

/**
 * The sample sentences, read by the very modules the content script runs on web pages (scan,
 * marks, pointing, the player's frame): content scripts do not run on extension pages, and a
 * bundled sample page would be a second place to keep in step. Only this section is read.
 */
function Samples({ spokenLanguage }: { spokenLanguage: string }) {
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!section.current) return;
    new PageController({ lang: spokenLanguage, locale: spokenLanguage, root: section.current }).start();
  }, [spokenLanguage]);
  const sentences = SAMPLE_SENTENCES[spokenLanguage] ?? SAMPLE_SENTENCES.en!;
  return (
    <section ref={section} class="samples" lang={spokenLanguage} aria-label={t('welcome_samples_label')}>
      {sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </section>
  );
}

/** The languages Signet can serve, the reader's own first: LSF for a French browser. */
function orderedChoices(language: string): LinguaLibreLanguage[] {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return [...LINGUA_LIBRE_LANGUAGES].sort((a, b) => Number(b.spokenLanguage === primary) - Number(a.spokenLanguage === primary));
}
