/**
 * The two message files say the same things: every key of one is in the other, with the same
 * placeholders, so that no text falls back to English (or to its key) in a French browser, and
 * the background's words (src/background/texts.ts) substitute like i18n.getMessage does.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { text } from '../../src/background/texts';
import { readRecordsAnswer } from '../../src/core/lingualibre/answer';
import { MAX_RECORDS } from '../../src/core/lingualibre/query';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../_locales/${lang}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const fr = load('fr');

/** The placeholders a message uses, as $NAME$ in its text, and what they stand for. */
function placeholdersOf(entry: Messages[string]): string[] {
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => `${m[1]!.toLowerCase()}=${entry.placeholders?.[m[1]!.toLowerCase()]?.content}`);
  return [...new Set(used)].sort();
}

describe('_locales', () => {
  it('has the same keys in English and French', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s uses in French only placeholders of the English message, each defined', (key) => {
    // A translation may leave one out, never add or renumber one.
    const english = placeholdersOf(en[key]!);
    expect(english.filter((p) => p.endsWith('=undefined'))).toEqual([]);
    for (const p of placeholdersOf(fr[key]!)) expect(english).toContain(p);
  });

  it('uses French typography in the background’s and the pack problems’ French messages (no-break space before : ; ? ! and inside « »)', () => {
    for (const [key, entry] of Object.entries(fr)) {
      if (!key.startsWith('bg_') && !key.startsWith('pack_')) continue;
      expect(entry.message, key).not.toMatch(/ [:;?!]|« | »/);
    }
  });
});

describe('background texts outside the extension', () => {
  it('substitutes named placeholders in order, keeping a $ that a value holds', () => {
    expect(text('bg_id_changed', 'new-id', 'old-id')).toBe(
      'The dictionary at this address now calls itself “new-id” instead of “old-id”: Signet keeps the installed version. If it is another dictionary, add it as a new source.',
    );
    expect(text('bg_http_other', '$1 $$')).toBe('The server answered with an error (HTTP $1 $$). Check the address.');
  });
});

describe('why a Lingua Libre answer is refused', () => {
  it.each<[string, unknown]>([
    ['not_results', { error: 'timeout' }],
    ['too_many', { results: { bindings: Array.from({ length: MAX_RECORDS + 1 }, () => ({})) } }],
    ['no_record', { results: { bindings: [] } }],
    ['none_usable', { results: { bindings: [{}] } }],
  ])('%s reads in English as the core says it, and has its French', (code, json) => {
    const answer = readRecordsAnswer(json);
    if (answer.ok) throw new Error('the answer was accepted');
    expect(answer.code).toBe(code);
    const key = `bg_ll_reason_${code}` as const;
    expect(text(key as 'bg_ll_reason_too_many', MAX_RECORDS)).toBe(answer.reason);
    expect(fr[key]!.message).not.toBe(en[key]!.message);
  });
});
