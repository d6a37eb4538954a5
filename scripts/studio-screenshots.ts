/**
 * Regenerates the pictures of the studio (docs/STUDIO.md): docs/studio-record.png (the camera, its
 * framing guide and picture check) and docs/studio-trim.png (a take under review: filmstrip,
 * in and out points, tags), in French, with Chromium's fake camera (its moving test pattern).
 *
 *   npm run screenshots:studio        (builds the extension first)
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer';
import { launchSignet } from '../tests/e2e/support/browser';
import { REPO_ROOT } from '../tests/e2e/support/paths';
import { FAKE_CAMERA_ARGS, openStudio, recordTake } from '../tests/e2e/support/studio';

async function shootStage(page: Page, name: string): Promise<string> {
  const box = await page.$eval('.stage', (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });
  const path = resolve(REPO_ROOT, `docs/${name}.png`);
  await page.screenshot({ path, clip: box, captureBeyondViewport: true });
  return path;
}

const signet = await launchSignet({ lang: 'fr', extraArgs: FAKE_CAMERA_ARGS });
try {
  mkdirSync(resolve(REPO_ROOT, 'docs'), { recursive: true });
  const studio = await openStudio(signet, 'ordinateur');
  await studio.setViewport({ width: 1000, height: 1400 });
  await studio.waitForSelector('[data-testid="picture-check"]');
  console.log(`wrote ${await shootStage(studio, 'studio-record')}`);
  await recordTake(studio, 3);
  await studio.type('#tag-signer', 'Camille Martin');
  await studio.type('#tag-region', 'Occitanie');
  await studio.evaluate(() => (document.activeElement as HTMLElement).blur());
  await studio.waitForFunction(() => [...document.querySelectorAll('.filmstrip img')].length >= 8);
  console.log(`wrote ${await shootStage(studio, 'studio-trim')}`);
} finally {
  await signet.close();
}
