import { useEffect, useState } from 'preact/hooks';
import { send } from '../../common/send';
import { chooseSignLanguage, primaryLanguage, PREFERRED_SIGN_LANGUAGES } from '../../common/settings';

/** The sign language of each written language Signet has a manual alphabet for, when no dictionary says. */
const USUAL_SIGN_LANGUAGE: Readonly<Record<string, string>> = { fr: 'fsl', en: 'ase', de: 'gsg', es: 'ssp' };

/**
 * The sign language a word of this page is spelled in: the one whose signs the page shows (the
 * reader's choice, else the installed dictionaries' as the background chooses), else the usual
 * one for the page's language (LSF for French, ASL for English, DGS for German, LSE for
 * Spanish) when no dictionary answers it.
 *
 * Asked of the background only while `needed`: a word with a sign needs no alphabet, and each
 * sources.list is a read of the worker's IndexedDB (the player asked it for every sign shown).
 */
export function useSpellingLanguage(lang: string, choice: string | undefined, needed = true): { ready: boolean; signLanguage: string | undefined } {
  const primaryLang = primaryLanguage(lang);
  const fallback = choice ?? PREFERRED_SIGN_LANGUAGES[primaryLang]?.[0] ?? USUAL_SIGN_LANGUAGE[primaryLang];
  const [answer, setAnswer] = useState<{ for: string; signLanguage: string | undefined } | null>(null);
  const identity = `${lang} ${choice ?? ''}`;
  useEffect(() => {
    if (!needed) return;
    let live = true;
    send('sources.list', {}).then(
      ({ sources }) => {
        const primary = primaryLanguage(lang);
        const written = sources.filter((s) => s.enabled && (!primary || primaryLanguage(s.spokenLanguage) === primary));
        const chosen = chooseSignLanguage(
          written.map((s) => s.signLanguage),
          lang,
          choice,
        );
        if (live) setAnswer({ for: identity, signLanguage: chosen });
      },
      () => live && setAnswer({ for: identity, signLanguage: undefined }),
    );
    return () => {
      live = false;
    };
  }, [identity, needed]);
  if (!needed || answer?.for !== identity) return { ready: false, signLanguage: undefined };
  return { ready: true, signLanguage: answer.signLanguage ?? fallback };
}
