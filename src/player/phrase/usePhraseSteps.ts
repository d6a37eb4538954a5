import { useEffect, useState } from 'preact/hooks';
import type { EntryView, VideoView } from '../../common/messages';
import { send } from '../../common/send';
import { spellWord, type ManualAlphabet, type SpelledSign } from '../../core/fingerspelling';
import { buildPlaylist } from '../playlist';
import type { PhraseItem } from './phrase-param';

/** What the phrase plays for one of its items. */
export type PhraseStep = { kind: 'sign'; item: number; entry: EntryView; video: VideoView } | { kind: 'spell'; item: number; signs: SpelledSign[] };

export type StepsState = { status: 'loading' } | { status: 'ready'; steps: PhraseStep[]; skipped: Set<number> };

/**
 * The phrase's steps: each sign item's first playable video (asked for all items at once), a
 * sign item whose entries have none falls back to its spelling; skipped items, and words no
 * alphabet can spell, play nothing and are shown greyed.
 */
export function usePhraseSteps(items: readonly PhraseItem[], lang: string, signLanguage: string | undefined, alphabet: ManualAlphabet | undefined, ready: boolean): StepsState {
  const [state, setState] = useState<StepsState>({ status: 'loading' });
  useEffect(() => {
    if (!ready) return;
    let live = true;
    setState({ status: 'loading' });
    const scope = { ...(lang ? { lang } : {}), ...(signLanguage ? { signLanguage } : {}) };
    const answers = items.map((item) =>
      item.kind === 'sign'
        ? send('entries.get', { keys: item.keys, ...scope }).then(
            (r) => r.entries,
            () => [] as EntryView[],
          )
        : Promise.resolve([]),
    );
    void Promise.all(answers).then((entriesByItem) => {
      if (!live) return;
      const steps: PhraseStep[] = [];
      const skipped = new Set<number>();
      items.forEach((item, index) => {
        const first = item.kind === 'sign' ? buildPlaylist(entriesByItem[index]!)[0] : undefined;
        if (first) return steps.push({ kind: 'sign', item: index, entry: first.entry, video: first.video });
        const signs = item.kind !== 'skip' && alphabet ? spellWord(item.text, alphabet) : [];
        if (signs.length > 0) steps.push({ kind: 'spell', item: index, signs });
        else skipped.add(index);
      });
      setState({ status: 'ready', steps, skipped });
    });
    return () => {
      live = false;
    };
  }, [items, lang, signLanguage, alphabet, ready]);
  return state;
}
