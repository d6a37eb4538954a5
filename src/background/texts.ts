/**
 * The words the background says to a person (errors shown in the options page and the player),
 * in the browser's UI language like every page of Signet: messages of _locales/<lang>/messages.json
 * read with i18n.getMessage, which service workers have too. The options page and the worker
 * follow the same UI language, so a refusal reads "Non installé : ce fichier n’est pas…" in a
 * French browser. Outside the extension (unit tests in Node) the English file is used directly,
 * with the same $1…$9 substitutions.
 */
import english from '../../_locales/en/messages.json';
import { problemText } from '../common/problem-text';
import type { PackProblem } from '../core/pack/types';

export type TextKey = keyof typeof english;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

interface I18n {
  getMessage(key: string, substitutions?: string[]): string;
}

function extensionI18n(): I18n | undefined {
  const scope = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
  return scope.browser?.i18n ?? scope.chrome?.i18n;
}

export function text(key: TextKey, ...substitutions: Array<string | number>): string {
  return messageOf(key, substitutions.map(String));
}

/** A message whose key is built at run time (a pack problem's "pack_<code>"); '' when there is none, as getMessage says. */
export function messageOf(key: string, values: string[]): string {
  const fromBrowser = extensionI18n()?.getMessage(key, values);
  if (fromBrowser) return fromBrowser;
  const entry = (english as Record<string, Message | undefined>)[key];
  return entry ? substitute(entry, values) : '';
}

/** A pack problem as the UI's language words it ("doit être un texte, mais c’est un nombre (42)"). */
export function problemMessage(problem: PackProblem): string {
  return problemText(problem, messageOf);
}

/** What getMessage does: named placeholders ($NAME$) to their content ($1…), then $1…$9 to the values. */
export function substitute(entry: Message, values: readonly string[]): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\d|\$)/g, (_whole, index: string) => (index === '$' ? '$' : (values[Number(index) - 1] ?? '')));
}

/** A number as the UI's language writes it ("0.3" / "0,3"). */
export function formatNumber(value: number): string {
  try {
    return new Intl.NumberFormat(text('locale_code')).format(value);
  } catch {
    return String(value);
  }
}
