import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe';
import { waitFor } from './support/browser';
import { openPopup, tabIdOf } from './support/extension-helpers';
import { startSession, type Session } from './support/session';

/**
 * The page report, opened from the popup's page section: the popup's figures for the tab, the
 * words without a sign, and their exports (the word list of "Record these", JSON, CSV).
 * coverage-known.html's counts are known by construction (see the page's comment).
 */
describe('the page report', () => {
  let session: Session;
  let report: Page;
  let popupCounts: Record<string, string | null>;
  const downloads = mkdtempSync(join(tmpdir(), 'signet-report-downloads-'));

  beforeAll(async () => {
    session = await startSession({ lang: 'en' });
    const { page } = await session.open('/fixtures/coverage-known.html');
    const popup = await openPopup(session.signet, await tabIdOf(session.signet, page));
    const count = await popup.waitForSelector('[data-testid="page-count"][data-scanning="false"][data-words]');
    popupCounts = await count!.evaluate((el) => ({ words: el.getAttribute('data-words'), signedWords: el.getAttribute('data-signed-words'), marks: el.getAttribute('data-marks') }));
    const opened = session.signet.browser.waitForTarget((t) => t.url().includes('/src/report/index.html?tab='));
    await popup.click('[data-testid="open-report"]');
    report = (await (await opened).page())!;
    await report.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    const cdp = await session.signet.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('shows the figures the popup shows for the tab', async () => {
    const figures = await report.$eval('[data-testid="figures"]', (el) => ({
      words: el.getAttribute('data-words'),
      signedWords: el.getAttribute('data-signed-words'),
      marks: el.getAttribute('data-marks'),
    }));
    expect(popupCounts).toEqual({ words: '16', signedWords: '6', marks: '5' });
    expect(figures).toEqual(popupCounts);
    const text = await report.$eval('[data-testid="figures"]', (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' '));
    expect(text).toContain('Words with a sign 6 (37.5%)');
    expect(text).toContain('Expressions found 1');
    expect(text).toContain('Function words without a sign 6');
  });

  it('lists the words without a sign, most frequent first, as Signet resolves them', async () => {
    const rows = await report.$$eval('[data-testid="missing"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows).toEqual([
      ['lampe', '2', 'lampe, lampes'],
      ['vert', '1', 'verts'],
      ['voir', '1', 'voit'],
    ]);
  });

  it('has no accessibility violation, light and dark', async () => {
    expect(await runAxe(report)).toEqual([]);
    await report.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await runAxe(report)).toEqual([]);
    await report.emulateMediaFeatures([]);
  });

  const saved = (name: string) => waitFor(() => existsSync(join(downloads, name)) && readFileSync(join(downloads, name), 'utf8'), 10_000);

  it('“Record these” opens the studio on the missing words, most frequent first', async () => {
    const opened = session.signet.browser.waitForTarget((target) => target.url().includes('/src/studio/index.html'));
    await report.click('[data-testid="record-these"]');
    const studio = (await (await opened).page())!;
    await studio.waitForFunction(() => document.querySelector('[data-testid="current-word"]')?.textContent === 'lampe');
    expect(await studio.$eval('.word-position', (el) => el.textContent!.trim())).toMatch(/1\D+3/);
    await studio.close();
  });

  it('exports the missing words as a word list, JSON and CSV', async () => {
    const buttons = await report.$$('.actions button');
    await buttons[3]!.click();
    expect(await saved('signet-words-127.0.0.1.txt')).toBe('lampe\nvert\nvoir\n');
    await buttons[1]!.click();
    const json = JSON.parse(await saved('signet-report-127.0.0.1.json')) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 'signet-page-report', formatVersion: 1, words: 16, signedWords: 6, marks: 5, coverage: 0.375, url: session.server.url('/fixtures/coverage-known.html') });
    await buttons[2]!.click();
    expect(await saved('signet-missing-127.0.0.1.csv')).toBe('word,count,forms\r\nlampe,2,lampe lampes\r\nvert,1,verts\r\nvoir,1,voit\r\n');
  });
});
