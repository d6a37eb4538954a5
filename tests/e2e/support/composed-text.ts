import type { ElementHandle, Frame, Page } from 'puppeteer';
import { waitFor } from './browser';
import type { WordBox } from './page-helpers';

/**
 * Text as a reader sees it on pages made of web components and frames: the text of the
 * document and of every open shadow root in it (recursively), in one document (a page or one of
 * its frames). page-helpers.ts reads the light DOM only, as Signet did before.
 */

/**
 * The marks Signet painted in one document, each as "id:text", where id is the id of the
 * nearest element around the mark in its own tree (in a shadow root, an element of that root).
 * Sorted, since marks in different trees have no document order. The tab is brought to the
 * front first: a hidden tab paints nothing.
 */
export async function marksIn(page: Page, target: Page | Frame = page): Promise<string[]> {
  await page.bringToFront();
  return target.evaluate(async () => {
    for (let frame = 0; frame < 3; frame++) await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const highlight = CSS.highlights.get('signet-word') as unknown as Set<AbstractRange> | undefined;
    return [...(highlight ?? [])]
      .map((r) => {
        const text = (r.startContainer as Text).data.slice(r.startOffset, r.startContainer === r.endContainer ? r.endOffset : undefined);
        const id = r.startContainer.parentElement?.closest('[id]')?.id ?? '?';
        return `${id}:${text}`;
      })
      .sort();
  });
}

/** Waits until the marks of a document are `expected` (sorted "id:text" strings) and returns them; throws with the last ones seen. */
export async function waitForMarks(page: Page, expected: readonly string[], target: Page | Frame = page, timeoutMs = 20_000): Promise<string[]> {
  const wanted = [...expected].sort();
  let last: string[] = [];
  try {
    return await waitFor(
      async () => {
        last = await marksIn(page, target);
        return JSON.stringify(last) === JSON.stringify(wanted) ? last : null;
      },
      timeoutMs,
      150,
    );
  } catch {
    throw new Error(`marks are ${JSON.stringify(last)}, expected ${JSON.stringify(wanted)}`);
  }
}

/**
 * The box of the first occurrence of `text` in the document's text or its open shadow roots'
 * (a text node holding all of it), scrolled into view, in the document's own viewport.
 */
export async function composedTextBox(target: Page | Frame, text: string): Promise<WordBox> {
  const box = await target.evaluate((needle) => {
    const roots: Array<Document | ShadowRoot> = [document];
    for (let i = 0; i < roots.length; i++) {
      const walker = document.createTreeWalker(roots[i]!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.ELEMENT_NODE) {
          if ((n as Element).shadowRoot) roots.push((n as Element).shadowRoot!);
          continue;
        }
        const at = (n as Text).data.indexOf(needle);
        // Text a reader sees: not a script's (the page's own code may hold the same words).
        if (at < 0 || /^(script|style|title)$/i.test(n.parentElement?.localName ?? '')) continue;
        (n.parentElement ?? document.body).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + needle.length);
        const r = range.getClientRects()[0]!;
        return { x: r.left + Math.min(r.width / 2, 12), y: r.top + r.height / 2, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      }
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not in the document nor its open shadow roots`);
  return box;
}

/** Where a frame's viewport starts on its page (its <iframe>'s content box), in the page's viewport. */
export async function frameOrigin(page: Page, iframeSelector: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const element = (await page.$(iframeSelector)) as ElementHandle<HTMLIFrameElement> | null;
  if (!element) throw new Error(`no ${iframeSelector} on the page`);
  return element.evaluate((el) => {
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.left + el.clientLeft, y: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight };
  });
}

/** The page's frame whose address contains `part`, once it has loaded. */
export function frameWith(page: Page, part: string): Promise<Frame> {
  return waitFor(() => page.frames().find((f) => f.url().includes(part)) ?? null, 10_000);
}

/** The frame of an <iframe> of the page, found by the element. */
export async function frameOf(page: Page, iframeSelector: string): Promise<Frame> {
  return waitFor(async () => (await (await page.$(iframeSelector))?.contentFrame()) ?? null, 10_000);
}

/**
 * Installs, before any script of the page runs, a MutationObserver over the document and over
 * every shadow root the page attaches (observed from the task after its attachShadow call, so
 * the component's own rendering in that task is not counted), and a marker once the parser is
 * done. `mutationsAfterParse` then lists what changed since: Signet may add its host, nothing else.
 */
export async function watchDom(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = seen;
    const name = (n: Node) => (n.nodeType === 1 ? (n as Element).tagName.toLowerCase() : n.nodeName);
    const record = (records: MutationRecord[]) => {
      for (const r of records) {
        if (r.type === 'childList') {
          r.addedNodes.forEach((n) => seen.push(`added ${name(n)} to ${name(r.target)}`));
          r.removedNodes.forEach((n) => seen.push(`removed ${name(n)} from ${name(r.target)}`));
        } else {
          seen.push(`${r.type} ${r.attributeName ?? ''} on ${name(r.target)}`);
        }
      }
    };
    const options = { subtree: true, childList: true, attributes: true, characterData: true };
    const observer = new MutationObserver(record);
    observer.observe(document, options);
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      setTimeout(() => new MutationObserver(record).observe(root, options), 0);
      return root;
    };
    document.addEventListener('DOMContentLoaded', () => {
      record(observer.takeRecords());
      seen.push('--parsed--');
    });
  });
}

/** What changed in a document watched by watchDom since its parser was done. */
export async function mutationsAfterParse(target: Page | Frame): Promise<string[]> {
  const all = await target.evaluate(() => (window as unknown as { __mutations?: string[] }).__mutations ?? null);
  if (!all?.includes('--parsed--')) throw new Error('the document was not watched from its start');
  return all.slice(all.indexOf('--parsed--') + 1);
}
