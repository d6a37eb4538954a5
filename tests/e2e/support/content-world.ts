import type { CDPSession } from 'puppeteer';

/**
 * Follows the execution contexts of a page to find Signet's isolated world in its main frame
 * (the content script's globals live there, out of the page's reach).
 */
export class ContentWorld {
  private contextId: number | null = null;

  private constructor(
    private readonly cdp: CDPSession,
    origin: string,
  ) {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      // Only the top frame runs the content script (all_frames: false); the player frame is an
      // extension page, whose world is the default one, not an isolated one.
      const aux = context.auxData as { type?: string } | undefined;
      if (context.origin === origin && aux?.type === 'isolated') this.contextId = context.id;
    });
    cdp.on('Runtime.executionContextsCleared', () => (this.contextId = null));
  }

  static async attach(cdp: CDPSession, extensionOrigin: string): Promise<ContentWorld> {
    const world = new ContentWorld(cdp, extensionOrigin);
    await cdp.send('Runtime.enable');
    return world;
  }

  /** Evaluates an expression in Signet's world; undefined while the content script is not there yet. */
  async evaluate<T>(expression: string): Promise<T | undefined> {
    if (this.contextId === null) return undefined;
    try {
      const { result } = await this.cdp.send('Runtime.evaluate', { expression, contextId: this.contextId, returnByValue: true });
      return result.value as T;
    } catch {
      return undefined; // The context went away (navigation): the next poll finds the new one.
    }
  }
}
