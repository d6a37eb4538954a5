/**
 * Pack problems in both languages of the UI: every code of the validator's English table
 * (src/core/pack/wording.ts) has a message in _locales/en and _locales/fr, the English message is
 * the core's template itself, and a French reader gets the whole description in French, the
 * contributor's values passed through as written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemMessage, substitute } from '../../src/background/texts';
import { problemText, type MessageLookup } from '../../src/common/problem-text';
import { problemAt } from '../../src/core/pack/problems';
import type { PackProblem } from '../../src/core/pack/types';
import { videoUrlProblem } from '../../src/core/pack/urls';
import { validatePack, validateShard } from '../../src/core/pack/validate';
import { ENGLISH, localeKey, paramNames, phrase, type ProblemCode } from '../../src/core/pack/wording';
import { INVALID_CASES, SHARDED_CASES, packWith } from '../fixtures/packs/cases';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../_locales/${lang}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const fr = load('fr');
const CODES = Object.keys(ENGLISH) as ProblemCode[];
const NBSP = '\u00a0';

/** getMessage over one messages.json, as the browser does it ('' for a key it does not have). */
const lookupIn =
  (messages: Messages): MessageLookup =>
  (key, values) =>
    messages[key] ? substitute(messages[key], values) : '';
const french = (problem: PackProblem) => problemText(problem, lookupIn(fr));

/** Every problem the fixture packs produce, plus problems only the background or odd values make. */
function sampleProblems(): PackProblem[] {
  const packs = [...INVALID_CASES, ...SHARDED_CASES].map((c) => c.pack);
  const problems = packs.flatMap((pack) => validatePack(pack).problems);
  problems.push(...validateShard([]).problems, ...validateShard({ format: 'x' }).problems);
  problems.push(...validatePack(packWith((p) => (p.entries = Array.from({ length: 150 }, () => ({}) as never)))).problems);
  for (const url of ['', 'HTTPS://a.example/v.webm', 'ftp://a/v', '//a/v', '50%.webm', 'a\\b.webm', 'a b.webm', 'a\u200bb', 'http://example.org/v.webm', 'https://u@h/v']) {
    const said = videoUrlProblem(url);
    if (said) problems.push(problemAt('$.entries[0].videos[0].url', said));
  }
  problems.push(problemAt('$.entries[0].id', phrase('entries.repeat_id_in_part', { id: '"chat"', part: 'shards/a.json' })));
  problems.push(problemAt('$.entries[0].videos[0].url', phrase('url.unusable')));
  return problems;
}

describe('pack problem codes in _locales', () => {
  it.each(CODES)('%s has a message in English and in French, the English one being the core template', (code) => {
    const key = localeKey(code);
    expect(en[key]?.message).toBe(ENGLISH[code]);
    expect(fr[key]?.message).toBeTruthy();
    // getMessage's $1…$9 follow the English template's order, which is how problemText passes them.
    const expected = Object.fromEntries(paramNames(code).map((name, i) => [name, { content: `$${i + 1}` }]));
    expect(en[key]!.placeholders ?? {}).toEqual(expected);
    expect(fr[key]!.placeholders ?? {}).toEqual(expected);
  });

  it('has no pack_ message without a code, and one key per code', () => {
    const keys = CODES.map(localeKey);
    expect(new Set(keys).size).toBe(CODES.length);
    expect(
      Object.keys(en)
        .filter((key) => key.startsWith('pack_'))
        .sort(),
    ).toEqual([...keys].sort());
  });

  it('keeps "$" out of the templates, where getMessage would read it as a placeholder', () => {
    for (const code of CODES) expect(ENGLISH[code].replace(/\$[A-Z0-9_]+\$/g, ''), code).not.toContain('$');
  });
});

describe('pack problems as a reader reads them', () => {
  const problems = sampleProblems();

  it('covers most codes with the sample packs', () => {
    const used = new Set<string>();
    const visit = (said: { code?: string; params?: Readonly<Record<string, unknown>> }) => {
      if (said.code) used.add(said.code);
      for (const value of Object.values(said.params ?? {})) if (typeof value === 'object') visit(value as never);
    };
    problems.forEach(visit);
    expect(used.size).toBeGreaterThan(CODES.length * 0.6);
  });

  it('reads in English exactly as the validator (and the pack command) says it', () => {
    for (const problem of problems) expect(problemText(problem, lookupIn(en))).toBe(problem.message);
    // The background's own lookup (English messages outside a browser) gives the same.
    for (const problem of problems) expect(problemMessage(problem)).toBe(problem.message);
  });

  it('reads in French with no English fallback', () => {
    for (const problem of problems) {
      const text = french(problem);
      expect(text, problem.message).not.toBe(problem.message);
      expect(text, problem.message).not.toMatch(/\b(must|but is|field|required|the|is empty|allowed|use)\b/);
    }
  });

  it('words a missing field, a wrong type and a list in French, with the contributor’s values as written', () => {
    const only = (pack: unknown) => {
      const found = validatePack(pack).problems;
      expect(found).toHaveLength(1);
      return french(found[0]!);
    };
    expect(only(packWith((p) => (p.name = 42 as never)))).toBe('doit être du texte, mais c’est un nombre (42)');
    expect(only(packWith((p) => delete (p.entries[0] as Partial<(typeof p.entries)[0]>).forms))).toBe('champ obligatoire absent (les mots écrits que ce signe traduit, par exemple ["chapeau"])');
    expect(only(packWith((p) => (p.entries[0]!.videos[0]!.width = '640' as never)))).toBe('doit être un nombre entier de pixels de 1 à 16384, mais c’est le texte "640"');
    expect(only(packWith((p) => (p.entries[0]!.forms = 'chat' as never)))).toBe('doit être une liste [ … ] de formes, mais c’est le texte "chat"');
    expect(only(packWith((p) => ((p as unknown as Record<string, unknown>).license = 'x')))).toBe(
      `champ inconnu (vouliez-vous dire "licence"${NBSP}?)${NBSP}; vos propres champs doivent commencer par "x-"`,
    );
    expect(french(problemAt('$.entries[0].videos[0].url', videoUrlProblem('videos/mon chat.webm')!))).toBe(
      'contient une espace en position 11, qu’il faut encoder en pourcentage (une espace s’écrit %20, "é" %C3%A9)',
    );
  });

  it('keeps a problem of an English-only tool in English rather than showing a key', () => {
    expect(french({ path: '$.entries[0].videos[0].url', message: 'file not found: /tmp/a.webm' })).toBe('file not found: /tmp/a.webm');
  });
});
