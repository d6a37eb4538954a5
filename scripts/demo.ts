/**
 * `npm run demo`: Signet's main job on a fresh machine. Builds the extension and a pack of the
 * Elix sample signs, serves them and a real Le Monde article from 127.0.0.1, loads Signet in
 * Chromium, installs the pack through the options page, points at a marked word and shows its
 * sign playing. With a display the browser stays open for you to try other words; without one
 * it runs headless, saves a screenshot and prints what played.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { installPackThroughOptions, launchSignet, waitFor } from '../tests/e2e/support/browser';
import { buildElixPack, ELIX_CREDIT } from '../tests/e2e/support/elix-pack';
import { overlayBox, playerText } from '../tests/e2e/support/overlay-helpers';
import { locateText, playerFrame, playerFrames, waitForPlayback, waitForStableHighlights } from '../tests/e2e/support/page-helpers';
import { FIXTURE_PAGES_DIR, PAGES_DIR, REPO_ROOT } from '../tests/e2e/support/paths';
import { startStaticServer } from '../tests/e2e/support/static-server';

const PAGE = process.argv[2] ?? 'lemonde-1.html';
const headed = Boolean(process.env.DISPLAY) && process.env.SIGNET_HEADLESS !== '1';

async function main(): Promise<void> {
  console.log('Building the Elix sample pack (100 LSF signs)…');
  const packDir = buildElixPack();
  const server = await startStaticServer({ '/pack/': packDir, '/pages/': PAGES_DIR, '/fixtures/': FIXTURE_PAGES_DIR });
  console.log(`Serving the pack and the pages at ${server.origin}`);
  const signet = await launchSignet({ headless: !headed });
  console.log(`Chromium ${headed ? 'headed' : 'headless'}, Signet loaded (${signet.extensionId}).`);
  try {
    (await installPackThroughOptions(signet, server.url('/pack/pack.json'))).close();
    console.log('Dictionary installed through the options page.');

    const page = await signet.browser.newPage();
    await page.goto(server.url(`/pages/${PAGE}`), { waitUntil: 'load' });
    const marked = await waitForStableHighlights(page, 1);
    console.log(`${PAGE}: ${marked.length} marked word(s): ${[...new Set(marked)].join(', ')}`);

    const word = marked[0]!;
    const box = await locateText(page, word);
    await page.mouse.move(box.x, box.y);
    const key = word.toLowerCase();
    const frame = await waitFor(async () => (await playerFrame(page, key).catch(() => null)) ?? playerFrames(page)[0], 10_000);
    const state = await waitForPlayback(frame, 0.5);
    const overlay = await overlayBox(frame);
    const text = await playerText(frame);

    mkdirSync(resolve(REPO_ROOT, '.out'), { recursive: true });
    const shot = resolve(REPO_ROOT, '.out/demo.png');
    // Boxes are viewport coordinates; puppeteer's clip is in document coordinates.
    const scrollY = await page.evaluate(() => window.scrollY);
    const top = Math.max(0, Math.min(box.top, overlay.top) - 80);
    const bottom = Math.min(900, Math.max(overlay.bottom, box.bottom) + 40);
    // captureBeyondViewport would resize the viewport while capturing, and the overlay follows resizes.
    await page.screenshot({ path: shot, captureBeyondViewport: false, clip: { x: 0, y: scrollY + top, width: 1280, height: bottom - top } });

    console.log('');
    console.log(`Hovered “${word}”: its sign plays beside it.`);
    console.log(`  video     ${decodeURIComponent(state.src)}`);
    console.log(`  size      ${state.videoWidth}×${state.videoHeight}, playing, at ${state.currentTime.toFixed(2)} s`);
    console.log(`  overlay   at (${Math.round(overlay.left)}, ${Math.round(overlay.top)}), word at (${Math.round(box.left)}, ${Math.round(box.top)})`);
    console.log(`  credit    ${text.includes(ELIX_CREDIT) ? ELIX_CREDIT : '(missing!)'}`);
    console.log(`  screenshot ${shot}`);
    if (headed) {
      console.log('\nThe browser stays open: point at other marked words. Close it or press Ctrl+C to stop.');
      await new Promise<void>((done) => signet.browser.on('disconnected', () => done()));
    }
  } finally {
    await signet.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
