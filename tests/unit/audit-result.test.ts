import { describe, expect, it } from 'vitest';
import { pageCoverage } from '../../src/core/coverage/page';
import type { PageResult } from '../../scripts/audit/page';
import { parseOptions } from '../../scripts/audit/options';
import { auditDocument } from '../../scripts/audit/result';
import type { AuditRun } from '../../scripts/audit/run';
import type { PageReport } from '../../src/report/report-data';

function page(url: string, words: number, signedWords: number, error: string | null = null): PageResult {
  const coverage = pageCoverage({ words, signedWords, marks: signedWords, unsigned: [{ key: 'lampe', count: words - signedWords }], signed: [] }, 'fr');
  const report: PageReport = { format: 'signet-page-report', formatVersion: 1, url, title: url, lang: 'fr', active: true, covered: true, scanMs: 1, declaredPack: null, ...coverage };
  return { url, finalUrl: url, depth: 0, httpStatus: 200, error, report: error ? null : report, health: { signetErrors: [], domChangesOutsideHost: 0 }, declaredPack: null, links: [] };
}

const run = (pages: PageResult[]): AuditRun => ({
  packs: [{ input: 'p', url: 'p', id: 'p', name: 'P', entries: 1, error: null }],
  pages,
  backgroundErrors: [],
  inputErrors: [],
  durationS: 1,
  pagesS: 1,
});
const options = (...args: string[]) => {
  const parsed = parseOptions(['https://a.example/', ...args]);
  if (parsed === 'help') throw new Error('help');
  return parsed;
};

describe('the audit document and its exit code', () => {
  it('exits 0 when every threshold is met, 2 when one is missed', () => {
    const pages = [page('https://a.example/1', 10, 5), page('https://a.example/2', 10, 3)];
    expect(auditDocument(run(pages), options('--min-coverage', '30', '--min-site-coverage', '40')).exitCode).toBe(0);
    const missed = auditDocument(run(pages), options('--min-coverage', '31'));
    expect(missed.exitCode).toBe(2);
    expect(missed.pages.map((p) => p.meetsMinCoverage)).toEqual([true, false]);
    const site = auditDocument(run(pages), options('--min-site-coverage', '41'));
    expect(site).toMatchObject({ exitCode: 2, site: { coverage: 0.4, meetsMinSiteCoverage: false } });
  });

  it('exits 1 on an error, whatever the thresholds, and leaves a page without words out of the gate', () => {
    const doc = auditDocument(run([page('https://a.example/1', 10, 5), page('https://a.example/gone', 0, 0, 'HTTP 404')]), options('--min-coverage', '10'));
    expect(doc).toMatchObject({ exitCode: 1, errors: ['https://a.example/gone: HTTP 404'] });
    expect(doc.pages[1]).toMatchObject({ words: null, coverage: null, meetsMinCoverage: null });
    const empty = auditDocument(run([page('https://a.example/1', 10, 5), page('https://a.example/en', 0, 0)]), options('--min-coverage', '10'));
    expect(empty.exitCode).toBe(0);
    expect(empty.pages[1]!.meetsMinCoverage).toBeNull();
  });
});
