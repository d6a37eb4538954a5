import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../common/i18n';
import { problemText, type MessageLookup } from '../common/problem-text';
import { MAX_PACK_BYTES } from '../core/pack/limits';
import { isSharded, type PackProblem } from '../core/pack/types';
import { validatePack } from '../core/pack/validate';

export type SitePack = { status: 'checking' } | { status: 'valid'; name: string; signs: number } | { status: 'invalid'; problem: string };

/** The pack a page declares is read when the popup opens, not before: a request the reader's click makes, to the site they are on. */
const FETCH_TIMEOUT_MS = 10_000;

/**
 * Reads and checks the pack the page declares (`<link rel="signet-pack">`), with the rules every
 * pack is installed under, to say how many signs it offers. Nothing is installed here.
 */
export function useSitePack(url: string | null): SitePack | null {
  const [state, setState] = useState<SitePack | null>(null);
  useEffect(() => {
    if (!url) return setState(null);
    let stopped = false;
    setState({ status: 'checking' });
    void inspect(url).then((result) => {
      if (!stopped) setState(result);
    });
    return () => {
      stopped = true;
    };
  }, [url]);
  return state;
}

/** The problems of a site's pack in the popup's language, like the background's refusals. */
const pageLookup: MessageLookup = (key, substitutions) => browser.i18n.getMessage(key, substitutions);

/** Numbered as the background's refusals are: a problem's own words may hold commas and semicolons. */
function listProblems(problems: readonly PackProblem[]): string {
  const listed = problems.map((p) => t('bg_problem_item', p.path, problemText(p, pageLookup)));
  return listed.length === 1 ? listed[0]! : listed.map((item, i) => `(${i + 1}) ${item}`).join(' ');
}

async function inspect(url: string): Promise<SitePack> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), credentials: 'omit' });
    if (!response.ok) return { status: 'invalid', problem: `HTTP ${response.status}` };
    const text = await response.text();
    if (text.length > MAX_PACK_BYTES) return { status: 'invalid', problem: 'too large' };
    const { pack, problems } = validatePack(JSON.parse(text));
    if (!pack) return { status: 'invalid', problem: listProblems(problems.slice(0, 3)) };
    const signs = isSharded(pack) ? pack.shards.reduce((sum, shard) => sum + shard.entries, 0) : pack.entries.length;
    return { status: 'valid', name: pack.name, signs };
  } catch (error) {
    return { status: 'invalid', problem: error instanceof Error ? error.message : String(error) };
  }
}
