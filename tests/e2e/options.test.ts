import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { waitFor } from './support/browser';
import { highlightedTexts, waitForStableHighlights } from './support/page-helpers';
import { startSession, type Session } from './support/session';
import { retype } from './support/fields';

async function sources(page: Page) {
  return page.$$eval('[data-testid="source"]', (items) =>
    items.map((item) => ({ id: item.getAttribute('data-source-id'), count: item.querySelector('[data-testid="entry-count"]')?.textContent ?? '', text: item.textContent ?? '' })),
  );
}

async function submitUrl(page: Page, url: string): Promise<void> {
  await retype(page, '#pack-url', url);
  await page.keyboard.press('Enter');
}

describe('the options page: dictionaries', () => {
  let session: Session;
  let options: Page;
  beforeAll(async () => {
    session = await startSession({ install: false });
    options = await session.signet.browser.newPage();
    await options.goto(session.signet.extensionUrl('src/options/index.html'));
    await options.waitForSelector('#pack-url');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('installs a dictionary from its URL (Enter submits) and lists it with its number of signs', async () => {
    expect(await sources(options)).toEqual([]);
    await submitUrl(options, session.packUrl);
    const list = await waitFor(async () => {
      const found = await sources(options);
      return found.length > 0 ? found : null;
    }, 30_000);
    expect(list).toHaveLength(1);
    expect(list[0]!.id).toBe('elix-sample');
    expect(list[0]!.count).toMatch(/\b100\b/);
    expect(list[0]!.text).toContain('Elix (extrait)');
    const status = await options.$eval('#add-status', (el) => el.textContent ?? '');
    expect(status).toMatch(/Elix \(extrait\)/);
    // …and what to do next, in plain words.
    expect(status).toContain('Next: open a page in French and point at an underlined word.');
    // The address and licence wait under "Advanced".
    expect(await options.$eval('[data-testid="source"] details.advanced', (el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await options.$eval('[data-testid="source"] details.advanced', (el) => el.textContent)).toContain('CC-BY-SA-4.0');
  });

  it.each([
    ['an address that does not exist', '/pack/missing.json'],
    ['a web page instead of a dictionary', '/fixtures/fr-basic.html'],
  ])('says in plain words why %s cannot be installed, and keeps the installed one', async (_what, path) => {
    await submitUrl(options, session.server.url(path));
    const alert = await waitFor(() => options.$eval('[role="alert"]', (el) => el.textContent ?? '').catch(() => ''), 20_000);
    expect(alert.length).toBeGreaterThan(10);
    expect(alert).not.toMatch(/\bat \w+ \(|TypeError|undefined|\[object/); // no stack traces or internals
    // What the user typed stays, to be corrected.
    expect(await options.$eval('#pack-url', (el) => (el as HTMLInputElement).value)).toBe(session.server.url(path));
    const list = await sources(options);
    expect(list.map((s) => s.id)).toEqual(['elix-sample']);
    expect(list[0]!.count).toMatch(/\b100\b/);
    // And the installed dictionary still answers on a page.
    const { page } = await session.open('/fixtures/fr-basic.html');
    expect(await waitForStableHighlights(page, 5)).toContain('chapeau');
    await page.close();
  });

  it('removes a dictionary: it leaves the list and pages no longer show its signs', async () => {
    const remove = await options.$('[data-testid="source"] button[data-action="remove"]');
    await remove!.click();
    await waitFor(async () => (await sources(options)).length === 0, 10_000);
    const { page } = await session.open('/fixtures/fr-basic.html');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlightedTexts(page)).toEqual([]);
    await page.close();
  });
});
