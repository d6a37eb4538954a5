import { t } from '../common/i18n';
import type { SourceSummary } from '../common/messages';
import { chooseSignLanguage, primaryLanguage, type Settings } from '../common/settings';
import { languageName, signLanguageName } from '../options/format';
import { Select } from './controls';

interface SignLanguageFieldProps {
  id: string;
  /** The written language whose pages this choice is for ("fr", or a page's "fr-FR"). */
  pageLanguage: string;
  sources: readonly ListedSource[];
  settings: Settings;
  save: (patch: Partial<Settings>) => void;
  language: string;
}

/** An installed source; `enabled` is false when the reader turned it off in the dictionary list. */
export type ListedSource = SourceSummary & { enabled?: boolean };

function inUse(source: ListedSource): boolean {
  return source.enabled !== false;
}

/**
 * The sign language shown on pages written in one language, among those installed for it;
 * "Automatic" follows chooseSignLanguage (LSF for French pages). Below it, the dictionaries
 * that answer such pages, so the reader sees where the signs come from.
 */
export function SignLanguageField({ id, pageLanguage, sources, settings, save, language }: SignLanguageFieldProps) {
  const primary = primaryLanguage(pageLanguage);
  const written = sources.filter((source) => inUse(source) && primaryLanguage(source.spokenLanguage) === primary);
  const installed = [...new Set(written.map((source) => source.signLanguage.toLowerCase()))];
  const chosen = settings.signLanguages[primary];
  const effective = chooseSignLanguage(installed, primary, chosen);
  const usedNames = written.filter((source) => source.signLanguage.toLowerCase() === effective).map((source) => source.name);
  const pageLanguageName = languageName(primary, language);
  const describedBy = `${id}-sources`;

  if (installed.length === 0) {
    return (
      <p class="hint" id={describedBy}>
        {t('settings_no_dictionary_for', pageLanguageName)}
      </p>
    );
  }

  const automatic = chooseSignLanguage(installed, primary);
  const options = [
    { value: '', label: t('settings_sign_language_automatic', abbreviation(signLanguageName(automatic!, language))) },
    ...installed.map((code) => ({ value: code, label: signLanguageName(code, language) })),
  ];
  const onChange = (value: string) => {
    const next = { ...settings.signLanguages };
    if (value) next[primary] = value;
    else delete next[primary];
    save({ signLanguages: next });
  };
  return (
    <>
      <Select
        id={id}
        label={t('settings_sign_language_for', pageLanguageName)}
        value={chosen && installed.includes(chosen) ? chosen : ''}
        options={options}
        describedBy={describedBy}
        onChange={onChange}
      />
      <p class="hint" id={describedBy}>
        {t('settings_dictionaries_in_use', usedNames.join(', '))}
      </p>
    </>
  );
}

/** "Langue des signes française (LSF)" → "LSF": the automatic option names its pick briefly, the list in full. */
function abbreviation(name: string): string {
  return /\(([^()]+)\)$/.exec(name)?.[1] ?? name;
}
