/**
 * The pack a site declares with `<link rel="signet-pack" href="…/pack.json">`: checked with the
 * pack command's validation (every problem named, as `npm run pack -- validate` prints them),
 * and when valid installed like any pack, so that the site's coverage counts its own signs.
 */
import { validateTarget } from '../pack/validate';
import { installPack, type AuditBrowser } from './browser';

export interface DeclaredPack {
  url: string;
  valid: boolean;
  /** "<JSON path>: <message>" per problem; empty when valid. */
  problems: string[];
  /** Signs it holds once installed; null when not installed (invalid, or --no-site-pack). */
  entries: number | null;
  /** True only for the page whose reading installed it (that page is then read again). */
  installedNow: boolean;
}

export function declaredPacks(signet: AuditBrowser, install: boolean): (url: string) => Promise<DeclaredPack> {
  const seen = new Map<string, Promise<DeclaredPack>>();
  return (url) => {
    const known = seen.get(url);
    if (known) return known.then((pack) => ({ ...pack, installedNow: false }));
    const checked = check(signet, url, install);
    seen.set(url, checked);
    return checked;
  };
}

async function check(signet: AuditBrowser, url: string, install: boolean): Promise<DeclaredPack> {
  let problems: string[];
  try {
    problems = (await validateTarget(url)).problems.map((p) => `${p.path}: ${p.message}`);
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length > 0 || !install) return { url, valid: problems.length === 0, problems, entries: null, installedNow: false };
  const installed = await installPack(signet, url, url);
  if (installed.error) return { url, valid: false, problems: [installed.error], entries: null, installedNow: false };
  return { url, valid: true, problems: [], entries: installed.entries, installedNow: true };
}
