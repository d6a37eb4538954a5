/**
 * The least walk a content script can do over a page, timed in an isolated world (where a
 * content script runs) and in the page's main world (where the bench's bare cold floor runs):
 * firstChild/nextSibling over every node under <body>, reading each text's `data`, the first
 * pass on a fresh page and then a second. What docs/BENCHMARK.md ("Where the walk's floor is")
 * quotes; not part of `npm run bench`, whose figures are Signet's own.
 *
 *   npx tsx scripts/walk-floor.ts [--loads 7] [--pages lemonde-1.html,guardian-1.html,wikipedia-2.html]
 *
 * The pages' own scripts are off, so that no page code has made wrappers or run before the walk.
 */
import { parseArgs } from 'node:util';
import { median } from './bench/stats';
import { launchChromium } from '../tests/e2e/support/browser';
import { PAGES_DIR } from '../tests/e2e/support/paths';
import { startStaticServer } from '../tests/e2e/support/static-server';

const { values } = parseArgs({ options: { loads: { type: 'string', default: '7' }, pages: { type: 'string', default: 'lemonde-1.html,guardian-1.html,wikipedia-2.html' } } });
const loads = Number(values.loads);
const pages = values.pages!.split(',');

/** Two passes of the walk; returns their times (ms) and the node count of one pass. */
const WALK = `(() => {
  let nodes = 0;
  let chars = 0;
  const pass = () => {
    const root = document.body;
    for (let node = root.firstChild; node; ) {
      nodes++;
      if (node.nodeType === 1 && node.localName !== 'script' && node.localName !== 'style' && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (node.nodeType === 3) chars += node.data.length;
      while (node && !node.nextSibling) node = node.parentNode === root ? null : node.parentNode;
      if (node) node = node.nextSibling;
    }
  };
  const t0 = performance.now();
  pass();
  const t1 = performance.now();
  pass();
  const t2 = performance.now();
  return { first: t1 - t0, second: t2 - t1, nodes: nodes / 2, chars };
})()`;

interface Pass {
  first: number;
  second: number;
  nodes: number;
}

const server = await startStaticServer({ '/pages/': PAGES_DIR });
const chromium = await launchChromium({ extension: false });
try {
  console.log(`${(await chromium.browser.version()).replace('/', ' ')}, ${loads} fresh loads per page and world, medians (ms)`);
  console.log('| page | nodes | isolated world, first pass | second pass | main world, first pass | second pass |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const file of pages) {
    const isolated: Pass[] = [];
    const main: Pass[] = [];
    for (let load = 0; load < loads * 2; load++) {
      // Alternating, so that a slow spell of the machine falls on both worlds.
      const inIsolated = load % 2 === 0;
      const page = await chromium.browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.goto(server.url(`/pages/${file}`), { waitUntil: 'load', timeout: 90_000 });
      const cdp = await page.createCDPSession();
      let contextId: number | undefined;
      if (inIsolated) {
        const { frameTree } = await cdp.send('Page.getFrameTree');
        ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `walk-floor-${load}` }));
      }
      const { result } = await cdp.send('Runtime.evaluate', { expression: WALK, returnByValue: true, ...(contextId === undefined ? {} : { contextId }) });
      (inIsolated ? isolated : main).push(result.value as Pass);
      await page.close();
    }
    const m = (passes: Pass[], key: 'first' | 'second') => median(passes.map((p) => p[key])).toFixed(1);
    console.log(`| ${file} | ${isolated[0]!.nodes} | ${m(isolated, 'first')} | ${m(isolated, 'second')} | ${m(main, 'first')} | ${m(main, 'second')} |`);
  }
} finally {
  await chromium.close();
  await server.close();
}
