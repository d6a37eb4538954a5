/**
 * Language dispatch: the rules of a dictionary's written language, by the primary subtag of its
 * BCP 47 tag ("fr-CA" → French). Unknown languages get no rules: exact matching only.
 */
import { en } from './en';
import { fr } from './fr';
import { primaryLanguage } from './tag';
import type { LanguageRules } from './types';

export type { LanguageRules } from './types';

const RULES: Readonly<Record<string, LanguageRules>> = { fr, en };

export function rulesFor(lang: string): LanguageRules | undefined {
  const primary = primaryLanguage(lang);
  return Object.hasOwn(RULES, primary) ? RULES[primary] : undefined;
}
