/**
 * A pack problem in the UI's language: its code's message in _locales ("pack_text_type"), with
 * its parameters substituted in the order of the English template, phrase parameters ("a number
 * (42)", "in pixels") worded first in the same language. Values the contributor wrote pass
 * through as written. A problem without a code (an English-only tool's) or whose code has no
 * message keeps its English text, so that nothing shows as an empty line or a bare key.
 */
import type { PackProblem } from '../core/pack/types';
import { english, localeKey, paramNames, type Param, type Phrase } from '../core/pack/wording';

/** getMessage's contract: the message with $1…$9 substituted, or '' when there is none. */
export type MessageLookup = (key: string, substitutions: string[]) => string;

export function problemText(problem: PackProblem, lookup: MessageLookup): string {
  if (problem.code === undefined) return problem.message;
  return phraseText(problem.params ? { code: problem.code, params: problem.params } : { code: problem.code }, lookup);
}

export function phraseText(said: Phrase, lookup: MessageLookup): string {
  const values = paramNames(said.code).map((name) => paramText(said.params?.[name], lookup));
  return lookup(localeKey(said.code), values) || english(said);
}

function paramText(value: Param | undefined, lookup: MessageLookup): string {
  if (value === undefined) return '';
  return typeof value === 'object' ? phraseText(value, lookup) : String(value);
}
