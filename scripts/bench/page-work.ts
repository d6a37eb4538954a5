/**
 * What Signet costs a page after its scan, when the page itself changes its DOM (feeds, ads,
 * tooltips, single-page apps do so all the time):
 * - the page's own DOM work: the same fixed burst of insertions and removals, timed in pages
 *   with and without Signet (the browser keeps every live Range on a document up to date on
 *   each mutation, so marks held as live Ranges tax every change the page makes);
 * - Signet's reaction to one paragraph appended to <body>: its main-thread time (CPU profile)
 *   over the next 1.5 s, which covers the mutation batch (250 ms) and the rescan it starts.
 */
import type { CDPSession, Page, Protocol } from 'puppeteer';
import { analyzeProfile } from './profile';
import { sleep } from './stats';

/** 200 times: a <div> appended to <body>, then removed. */
const DOM_WORK = `(() => {
  const started = performance.now();
  for (let i = 0; i < 200; i++) {
    const div = document.createElement('div');
    document.body.appendChild(div);
    div.remove();
  }
  return performance.now() - started;
})()`;

export function timeDomWork(page: Page): Promise<number> {
  return page.evaluate(DOM_WORK) as Promise<number>;
}

export async function signetMsAfterAppend(page: Page, cdp: CDPSession, extensionOrigin: string): Promise<number> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'A late paragraph: la maison et le jardin, the house and the garden.';
    document.body.append(p);
  });
  await sleep(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Protocol.Profiler.Profile };
  return analyzeProfile(profile, extensionOrigin).signetMs;
}
