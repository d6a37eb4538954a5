/**
 * `npm run audit`: the command run as a site owner runs it (a child process, its own Chromium
 * with the built extension), on the real pages of ../shared/data/pages and on fixtures whose
 * counts are known by construction, all served from 127.0.0.1 with the Elix sample pack.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import schema from '../../schema/audit-v1.schema.json';
import type { AuditDocument } from '../../scripts/audit/result';
import { runAxe } from './support/axe';
import { launchChromium, waitFor } from './support/browser';
import { buildElixPack } from './support/elix-pack';
import { openPopup, tabIdOf } from './support/extension-helpers';
import { FIXTURE_PAGES_DIR, PAGES_DIR, REPO_ROOT } from './support/paths';
import { startSession, type Session } from './support/session';
import { startLinguaLibreServer } from './support/lingualibre-server';
import { startRouteServer } from './support/route-server';
import { startStaticServer, type StaticServer } from './support/static-server';

const TSX = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const REAL_PAGES = readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function audit(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, join(REPO_ROOT, 'scripts/audit.ts'), '--offline', ...args], { cwd: REPO_ROOT, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run audit', () => {
  let server: StaticServer;
  let out: string;
  let packUrl: string;
  let main: Run;
  let doc: AuditDocument;
  const unreachable = 'http://127.0.0.1:9/gone.html';

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'signet-audit-test-'));
    // Five pages of a small site, and its sitemap.
    for (let i = 1; i <= 5; i++) writeFileSync(join(out, `p${i}.html`), `<!doctype html><html lang="fr"><title>P${i}</title><p>Le clown du collège ${i}.</p></html>`);
    // Pages that declare their site's own pack: one of one sign ("lampe", not in Elix), one broken.
    mkdirSync(join(out, 'sitepack'));
    writeFileSync(
      join(out, 'sitepack/pack.json'),
      JSON.stringify({
        format: 'signet-pack',
        formatVersion: 1,
        id: 'site-signs',
        name: 'Signes du site',
        version: '1.0.0',
        signLanguage: 'fsl',
        spokenLanguage: 'fr',
        licence: 'CC-BY-SA-4.0',
        attribution: 'Le site',
        entries: [{ id: 'lampe', forms: ['lampe'], videos: [{ url: '../../pack/videos/chapeau.webm', type: 'video/webm', width: 640, height: 480, duration: 3 }] }],
      }),
    );
    writeFileSync(join(out, 'declares.html'), '<!doctype html><html lang="fr"><link rel="signet-pack" href="sitepack/pack.json"><title>D</title><p>Une lampe et un chapeau.</p></html>');
    writeFileSync(join(out, 'declares-broken.html'), '<!doctype html><html lang="fr"><link rel="signet-pack" href="/packs/broken.json"><title>B</title><p>Une lampe et un chapeau.</p></html>');
    server = await startStaticServer({ '/pack/': buildElixPack(), '/pages/': PAGES_DIR, '/fixtures/': FIXTURE_PAGES_DIR, '/site/': out, '/packs/': join(REPO_ROOT, 'tests/fixtures/packs') });
    writeFileSync(
      join(out, 'sitemap.xml'),
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${[1, 2, 3, 4, 5].map((i) => `<url><loc>${server.url(`/site/p${i}.html`)}</loc></url>`).join('\n')}\n</urlset>\n`,
    );
    writeFileSync(join(out, 'not-a-sitemap.xml'), 'hello');
    packUrl = server.url('/pack/pack.json');
    // One run over the 17 real pages, the two fixtures and a page that does not answer.
    main = await audit([
      ...REAL_PAGES.map((f) => server.url(`/pages/${f}`)),
      server.url('/fixtures/coverage-known.html'),
      server.url('/fixtures/fr-basic.html'),
      unreachable,
      // A per-page limit generous enough for yahoo-2 (1.6 MB) on a loaded machine.
      '--pack',
      packUrl,
      '--concurrency',
      '2',
      '--timeout',
      '120000',
      '--json',
      join(out, 'audit.json'),
      '--csv',
      join(out, 'audit.csv'),
      '--html',
      join(out, 'audit.html'),
    ]);
    doc = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as AuditDocument;
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  const page = (path: string) => doc.pages.find((p) => p.url === server.url(path))!;

  it('writes JSON that its schema accepts', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, validateFormats: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.packs).toEqual([{ input: packUrl, url: packUrl, id: 'elix-sample', name: 'Elix (extrait)', entries: 100, error: null }]);
  });

  it('gives exact figures on a page whose counts are known by construction', () => {
    const known = page('/fixtures/coverage-known.html');
    expect(known).toMatchObject({ error: null, words: 16, signedWords: 6, marks: 5, coverage: 0.375, functionWords: { count: 6, distinct: 5 } });
    expect(known.expressions).toEqual([{ key: 'réseau local', count: 1 }]);
    expect(known.missing).toEqual([
      { word: 'lampe', count: 2, forms: ['lampe', 'lampes'] },
      { word: 'vert', count: 1, forms: ['verts'] },
      { word: 'voir', count: 1, forms: ['voit'] },
    ]);
    expect(known.health).toEqual({ signetErrors: [], domChangesOutsideHost: 0 });
    expect(doc.backgroundErrors).toEqual([]);
    expect(page('/fixtures/fr-basic.html')).toMatchObject({ words: 69, signedWords: 24, marks: 19 });
  });

  it('reports the unreachable page and audits the others; an error exits 1', () => {
    expect(main.code).toBe(1);
    const gone = doc.pages.find((p) => p.url === unreachable)!;
    expect(gone.error).toMatch(/unreachable/);
    expect(gone.words).toBeNull();
    expect(doc.errors).toEqual([`${unreachable}: ${gone.error}`]);
    expect(doc.pages.filter((p) => p.error === null)).toHaveLength(REAL_PAGES.length + 2);
    expect(main.stdout).toContain(`✗ ${unreachable}`);
  });

  it('totals the site and ranks its missing words with the pages they occur on', () => {
    const audited = doc.pages.filter((p) => p.error === null);
    const sum = (f: (p: (typeof audited)[number]) => number) => audited.reduce((s, p) => s + f(p), 0);
    expect(doc.site).toMatchObject({ pages: audited.length, words: sum((p) => p.words!), signedWords: sum((p) => p.signedWords!), marks: sum((p) => p.marks!) });
    const counts = doc.site.missing.map((m) => m.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const lampe = doc.site.missing.find((m) => m.word === 'lampe')!;
    expect(lampe.pages).toContain(server.url('/fixtures/coverage-known.html'));
    // Every page's missing word is in the site's list with at least that page's count.
    for (const p of audited) for (const m of p.missing.slice(0, 3)) expect(doc.site.missing.find((s) => s.word === m.word)!.count).toBeGreaterThanOrEqual(m.count);
    expect(readFileSync(join(out, 'audit.csv'), 'utf8').split('\r\n')[0]).toMatch(/^url,error,words,signed_words,coverage,/);
  });

  it('gives, for each real page, the counts the popup shows for it', async () => {
    const session: Session = await startSession({});
    try {
      const popupCounts: Record<string, { words: number; signedWords: number; marks: number }> = {};
      for (const file of REAL_PAGES) {
        const { page: tab } = await session.open(`/pages/${file}`);
        const popup = await openPopup(session.signet, await tabIdOf(session.signet, tab));
        popupCounts[file] = await waitFor(
          () =>
            popup.$eval('[data-testid="page-count"]', (el) =>
              // A page no dictionary reads (English, Spanish) shows a sentence, no figures: 0 words.
              el.getAttribute('data-scanning') === 'false'
                ? { words: Number(el.getAttribute('data-words') ?? 0), signedWords: Number(el.getAttribute('data-signed-words') ?? 0), marks: Number(el.getAttribute('data-marks') ?? 0) }
                : null,
            ),
          20_000,
        );
        await popup.close();
        await tab.close();
      }
      const auditCounts = Object.fromEntries(
        REAL_PAGES.map((file) => {
          const p = page(`/pages/${file}`);
          return [file, { words: p.words ?? 0, signedWords: p.signedWords ?? 0, marks: p.marks ?? 0 }];
        }),
      );
      expect(auditCounts).toEqual(popupCounts);
      // The Elix sample is French: the French articles have marks; pages in other languages are not read.
      expect(auditCounts['lemonde-1.html']!.marks).toBeGreaterThan(0);
      expect(auditCounts['liberation-1.html']!.marks).toBeGreaterThan(0);
      expect(auditCounts['nytimes-5.html']!.words).toBe(0);
    } finally {
      await session.close();
    }
  }, 180_000);

  it('writes an HTML report with no axe violation that shows the JSON’s numbers', async () => {
    const chromium = await launchChromium({ extension: false });
    try {
      const tab = await chromium.browser.newPage();
      await tab.goto(`file://${join(out, 'audit.html')}`);
      expect(await runAxe(tab)).toEqual([]);
      expect(await tab.$eval('[data-testid="site-coverage"]', (el) => el.textContent)).toBe(`${(doc.site.coverage * 100).toFixed(1)} %`);
      expect(await tab.$eval('[data-testid="site-words"]', (el) => el.textContent)).toBe(`${doc.site.signedWords} of ${doc.site.words}`);
      const rows = await tab.$$eval('[data-testid="page-row"]', (trs) => trs.map((tr) => ({ url: tr.getAttribute('data-url'), words: tr.getAttribute('data-words') })));
      expect(rows).toEqual(doc.pages.map((p) => ({ url: p.url, words: p.words === null ? null : String(p.words) })));
      const firstWords = await tab.$$eval('[data-testid="missing"] tbody tr', (trs) => trs.slice(0, 3).map((tr) => [tr.cells[0]!.textContent, Number(tr.cells[1]!.textContent)]));
      expect(firstWords).toEqual(doc.site.missing.slice(0, 3).map((m) => [m.word, m.count]));
      // Sorting by word: a click on the column's button, the order a reader then sees.
      await tab.click('[data-testid="missing"] thead th:first-child button');
      const sorted = await tab.$$eval('[data-testid="missing"] tbody tr', (trs) => trs.map((tr) => tr.cells[0]!.textContent!));
      expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
      expect(await tab.$eval('[data-testid="missing"] thead th:first-child', (el) => el.getAttribute('aria-sort'))).toBe('ascending');
    } finally {
      await chromium.close();
    }
  });

  it('exits 0 when --min-coverage is met and 2 when it is missed', async () => {
    const known = server.url('/fixtures/coverage-known.html');
    const [below, above] = await Promise.all([audit([known, '--pack', packUrl, '--min-coverage', '37', '--quiet']), audit([known, '--pack', packUrl, '--min-coverage', '38', '--quiet'])]);
    expect(below.code, below.stderr).toBe(0);
    expect(below.stdout).toContain('--min-coverage 37.0 %: met by every page');
    expect(above.code, above.stderr).toBe(2);
    expect(above.stdout).toContain('--min-coverage 38.0 %: 1 page(s) below');
  }, 120_000);

  it('reports the pack a page declares, valid or not, and counts coverage with a valid one', async () => {
    const badPack = server.url('/packs/broken.json');
    const run = await audit([server.url('/site/declares-broken.html'), server.url('/site/declares.html'), '--pack', packUrl, '--pack', badPack, '--json', join(out, 'declared.json'), '--quiet']);
    const result = JSON.parse(readFileSync(join(out, 'declared.json'), 'utf8')) as AuditDocument;
    const [broken, declares] = result.pages;
    expect(broken!.declaredPack).toMatchObject({ url: server.url('/packs/broken.json'), valid: false, entries: null });
    expect(broken!.declaredPack!.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^\$\.license: /)]));
    // Elix alone: "chapeau" of 5 words ("une", "et", "un" are function words).
    expect(broken).toMatchObject({ words: 5, signedWords: 1, missing: [{ word: 'lampe', count: 1, forms: ['lampe'] }] });
    expect(declares!.declaredPack).toEqual({ url: server.url('/site/sitepack/pack.json'), valid: true, problems: [], entries: 1 });
    // With the site's own sign, "lampe" is covered too.
    expect(declares).toMatchObject({ words: 5, signedWords: 2, missing: [] });
    // A --pack that does not install, and a declared pack readers cannot install, are errors: exit 1.
    expect(result.packs[1]).toMatchObject({ input: badPack, id: null, entries: 0, error: expect.stringMatching(/^This file is not a Signet dictionary: .*licence: required field is missing/) });
    expect(result.errors).toEqual([expect.stringMatching(/^dictionary .*broken\.json: /), expect.stringMatching(/^declared pack .*broken\.json: /)]);
    expect(run.code, run.stderr).toBe(1);
  }, 120_000);

  it('follows same-origin links to --max-depth, and reports each bad page while auditing the others', async () => {
    const site = await startRouteServer();
    try {
      const html = (body: string) => `<!doctype html><html lang="fr"><title>T</title><body>${body}</body></html>`;
      const start = site.serve('/start.html', html('<p>Le clown.</p><a href="/a.html">a</a> <a href="b.html#top">b</a> <a href="https://elsewhere.example/x">x</a>'), 'text/html');
      site.serve('/a.html', html('<p>Un chapeau.</p><a href="/c.html">c</a>'), 'text/html');
      site.serve('/b.html', html('<p>La cour.</p>'), 'text/html');
      site.serve('/c.html', html('<p>Trop loin.</p>'), 'text/html');
      const json = site.serve('/data.json', { not: 'a page' });
      const away = site.route('/moved.html', (_req, res) => res.writeHead(302, { Location: server.url('/fixtures/fr-basic.html') }).end());
      const hang = site.route('/hang.html', () => undefined); // Never answers.
      const run = await audit([start, away, json, hang, '--crawl', '--max-depth', '1', '--timeout', '3000', '--pack', packUrl, '--json', join(out, 'crawl.json')]);
      const result = JSON.parse(readFileSync(join(out, 'crawl.json'), 'utf8')) as AuditDocument;
      expect(result.pages.map((p) => [p.url.slice(site.origin.length), p.depth, p.error])).toEqual([
        ['/start.html', 0, null],
        ['/moved.html', 0, `redirected off the site, to ${server.url('/fixtures/fr-basic.html')}`],
        ['/data.json', 0, 'not an HTML page (application/json)'],
        ['/hang.html', 0, 'did not finish loading within 3000 ms'],
        ['/a.html', 1, null],
        ['/b.html', 1, null],
      ]);
      // "Un chapeau." and the link's text "c": 3 words, one with a sign.
      expect(result.pages.find((p) => p.url.endsWith('/a.html'))).toMatchObject({ words: 3, signedWords: 1 });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/\[6\/6\]/);
    } finally {
      await site.close();
    }
  }, 120_000);

  it('reads with Lingua Libre when no pack is given (its stand-in on 127.0.0.1)', async () => {
    const ll = await startLinguaLibreServer();
    try {
      const run = await audit([server.url('/fixtures/coverage-known.html'), '--lingualibre-endpoints', JSON.stringify(ll.endpoints), '--json', join(out, 'll.json'), '--quiet']);
      const result = JSON.parse(readFileSync(join(out, 'll.json'), 'utf8')) as AuditDocument;
      expect(result.packs).toEqual([expect.objectContaining({ input: 'Lingua Libre', id: 'lingualibre-fsl', entries: 100, error: null })]);
      // The stand-in records every Elix word: the same figures as with the Elix pack.
      expect(result.pages[0]).toMatchObject({ words: 16, signedWords: 6, marks: 5 });
      expect(run.code, run.stderr).toBe(0);
      expect(ll.log).toContain('/bigdata/namespace/wdq/sparql');
    } finally {
      await ll.stop();
    }
  }, 120_000);

  it('reads a sitemap to --max-pages, and reports a sitemap that is not XML', async () => {
    const run = await audit([
      '--sitemap',
      server.url('/site/sitemap.xml'),
      '--sitemap',
      server.url('/site/not-a-sitemap.xml'),
      '--max-pages',
      '3',
      '--pack',
      packUrl,
      '--min-site-coverage',
      '10',
      '--json',
      join(out, 'sitemap.json'),
    ]);
    const result = JSON.parse(readFileSync(join(out, 'sitemap.json'), 'utf8')) as AuditDocument;
    expect(result.pages.map((p) => p.url)).toEqual([1, 2, 3].map((i) => server.url(`/site/p${i}.html`)));
    // "Le clown du collège N.": 4 words (a number is none), clown and collège signed.
    expect(result.site).toMatchObject({ pages: 3, words: 12, signedWords: 6, meetsMinSiteCoverage: true });
    expect(result.errors).toEqual([`${server.url('/site/not-a-sitemap.xml')}: not XML`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\[3\/3\]/);
  }, 120_000);
});
