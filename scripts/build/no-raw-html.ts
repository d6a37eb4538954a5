/**
 * Takes Preact's one raw-HTML path (`dangerouslySetInnerHTML`) out of the bundle.
 *
 * Signet never renders markup from a string: every text it shows (dictionary words, credits,
 * source names, pack problems) comes from packs and sites it does not control, so it goes in as
 * text nodes. Preact still carries `dom.innerHTML = props.dangerouslySetInnerHTML.__html`, which
 * `web-ext lint` reports as UNSAFE_VAR_ASSIGNMENT and an addons.mozilla.org reviewer would have
 * to clear by hand. Replaced by a throw, a use that slipped in fails loudly in the tests instead
 * of quietly opening an injection path. If a Preact upgrade changes the code, the build stops.
 */
import type { Plugin } from 'vite';

const PREACT_CORE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const RAW_HTML_ASSIGNMENT = /(\w+)\.innerHTML=(\w+)\.__html/g;

export function noRawHtml(): Plugin {
  return {
    name: 'signet-no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_CORE.test(id)) return null;
      const found = code.match(RAW_HTML_ASSIGNMENT)?.length ?? 0;
      if (found !== 1) throw new Error(`${id}: expected Preact's one innerHTML assignment, found ${found}`);
      return { code: code.replace(RAW_HTML_ASSIGNMENT, '(()=>{throw new Error("Signet renders no raw HTML")})()'), map: null };
    },
  };
}
