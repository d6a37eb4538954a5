/**
 * Browser commands the DOM tests call from the page (`commands` of 'vitest/browser'); they run
 * in Node with Playwright's page, for what the page itself cannot do.
 */
import type { BrowserCommand } from 'vitest/node';

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

export const commands = { pointerLeavesPage };

declare module 'vitest/browser' {
  interface BrowserCommands {
    pointerLeavesPage: () => Promise<void>;
  }
}
