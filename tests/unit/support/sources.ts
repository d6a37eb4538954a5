import type { SourceSummary } from '../../../src/common/messages';
import type { NewSource, StoredEntry } from '../../../src/background/store';

/** A source to store, as an install would describe it: LSF written in French unless said otherwise. */
export function newSource(id: string, summary: Partial<SourceSummary> = {}): NewSource {
  const full: SourceSummary = {
    id,
    name: `Name ${id}`,
    url: `https://${id}.example/pack.json`,
    version: '1',
    signLanguage: 'fsl',
    spokenLanguage: 'fr',
    licence: 'CC-BY-4.0',
    attribution: `Credit ${id}`,
    entryCount: 1,
    installedAt: 1,
    ...summary,
  };
  return { summary: full, packUrl: full.url };
}

/** One entry per form, its id the form itself, without videos. */
export function entries(...forms: string[]): StoredEntry[] {
  return forms.map((form) => ({ id: form, forms: [form], videos: [] }));
}
