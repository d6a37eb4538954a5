/**
 * Browser commands the DOM tests call from the page (`commands` of 'vitest/browser'); they run
 * in Node with Playwright's page, for what the page itself cannot do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserCommand } from 'vitest/node';
import { ELIX_DIR } from '../../e2e/support/paths';

/**
 * Moves the real pointer out of the test page's frame onto the runner's page around it: the
 * document then gets a trusted mouseout with no relatedTarget, as a frame of a site does when the
 * reader's pointer leaves it for the page around it.
 */
const pointerLeavesPage: BrowserCommand<[]> = async (ctx) => {
  if (ctx.provider.name !== 'playwright') throw new Error('Needs the Playwright provider.');
  const box = await ctx.iframe.owner().boundingBox();
  if (!box) throw new Error('The test frame has no box.');
  const x = box.x > 2 ? box.x / 2 : box.x + box.width + 2;
  const y = box.y > 2 ? box.y / 2 : box.y + 10;
  await ctx.page.mouse.move(x, y, { steps: 2 });
};

/** One of the real Elix videos of ../shared (never copied into the repository), as base64. */
const readElixVideo: BrowserCommand<[word: string]> = (_ctx, word) => {
  if (!/^[a-zà-ÿœ-]+$/.test(word)) throw new Error(`Not a word of the Elix sample: ${word}`);
  return readFileSync(join(ELIX_DIR, 'videos', `${word}.webm`)).toString('base64');
};

export const commands = { pointerLeavesPage, readElixVideo };

declare module 'vitest/browser' {
  interface BrowserCommands {
    pointerLeavesPage: () => Promise<void>;
    readElixVideo: (word: string) => Promise<string>;
  }
}
