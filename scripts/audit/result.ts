/**
 * The audit's results as one document: what `--json` writes (schema/audit-v1.schema.json) and
 * what the table, the CSV and the HTML report show. Field names are stable within a format version.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../tests/e2e/support/paths';
import { siteCoverage, type SiteCoverage } from '../../src/core/coverage/site';
import type { Expression, MissingWord } from '../../src/core/coverage/types';
import type { InstalledPack } from './browser';
import type { AuditOptions } from './options';
import type { PageHealth } from './page';
import type { AuditRun } from './run';
import type { DeclaredPack } from './site-pack';

export const AUDIT_FORMAT = 'signet-audit';
export const AUDIT_FORMAT_VERSION = 1;

export interface AuditPage {
  url: string;
  finalUrl: string | null;
  depth: number;
  httpStatus: number | null;
  /** null when the page was audited; else why it could not be (its figures are then null). */
  error: string | null;
  title: string | null;
  lang: string | null;
  words: number | null;
  signedWords: number | null;
  coverage: number | null;
  marks: number | null;
  expressions: Expression[];
  missing: MissingWord[];
  functionWords: { count: number; distinct: number } | null;
  scanMs: number | null;
  health: PageHealth;
  declaredPack: Omit<DeclaredPack, 'installedNow'> | null;
  /** Whether the page meets --min-coverage; null without that threshold, on error, or when no word was read. */
  meetsMinCoverage: boolean | null;
}

export interface AuditDocument {
  format: typeof AUDIT_FORMAT;
  formatVersion: typeof AUDIT_FORMAT_VERSION;
  date: string;
  signetVersion: string;
  durationS: number;
  packs: InstalledPack[];
  thresholds: { minCoverage: number | null; minSiteCoverage: number | null };
  pages: AuditPage[];
  site: SiteCoverage & { meetsMinSiteCoverage: boolean | null };
  errors: string[];
  /** Errors and warnings of Signet's background while the pages were read (page errors from Signet are in each page's health). */
  backgroundErrors: string[];
  /** 0: thresholds met, 2: a threshold missed, 1: an error. */
  exitCode: 0 | 1 | 2;
}

export function auditDocument(run: AuditRun, options: AuditOptions): AuditDocument {
  const pages: AuditPage[] = run.pages.map((page) => {
    const r = page.report;
    const { installedNow: _, ...declared } = page.declaredPack ?? { installedNow: false };
    return {
      url: page.url,
      finalUrl: page.finalUrl,
      depth: page.depth,
      httpStatus: page.httpStatus,
      error: page.error,
      title: r?.title ?? null,
      lang: r?.lang ?? null,
      words: r?.words ?? null,
      signedWords: r?.signedWords ?? null,
      coverage: r ? round(r.coverage) : null,
      marks: r?.marks ?? null,
      expressions: r?.expressions ?? [],
      missing: r?.missing ?? [],
      functionWords: r?.functionWords ?? null,
      scanMs: r?.scanMs ?? null,
      health: page.health,
      declaredPack: page.declaredPack ? (declared as AuditPage['declaredPack']) : null,
      // A page with no word read (no dictionary in its language, or no text) has no share to gate.
      meetsMinCoverage: r && r.words > 0 && options.minCoverage !== null ? r.coverage >= options.minCoverage : null,
    };
  });
  const audited = run.pages.filter((p) => p.report).map((p) => ({ url: p.url, coverage: p.report! }));
  const site = siteCoverage(audited);
  const errors = [
    ...run.inputErrors,
    ...run.packs.filter((p) => p.error).map((p) => `dictionary ${p.input}: ${p.error}`),
    ...pages.filter((p) => p.error).map((p) => `${p.url}: ${p.error}`),
    // A site that declares a pack its readers cannot install has a bug to fix: reported once per pack.
    ...[...new Map(pages.filter((p) => p.declaredPack && !p.declaredPack.valid).map((p) => [p.declaredPack!.url, p.declaredPack!])).values()].map(
      (pack) => `declared pack ${pack.url}: ${pack.problems.slice(0, 3).join('; ')}${pack.problems.length > 3 ? ` (and ${pack.problems.length - 3} more)` : ''}`,
    ),
  ];
  const meetsSite = options.minSiteCoverage === null ? null : site.coverage >= options.minSiteCoverage;
  const missed = meetsSite === false || pages.some((p) => p.meetsMinCoverage === false);
  return {
    format: AUDIT_FORMAT,
    formatVersion: AUDIT_FORMAT_VERSION,
    date: new Date().toISOString(),
    signetVersion: (JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    durationS: round(run.durationS, 10),
    packs: run.packs,
    thresholds: { minCoverage: options.minCoverage, minSiteCoverage: options.minSiteCoverage },
    pages,
    site: { ...site, coverage: round(site.coverage), meetsMinSiteCoverage: meetsSite },
    errors,
    backgroundErrors: run.backgroundErrors,
    exitCode: errors.length > 0 || audited.length === 0 ? 1 : missed ? 2 : 0,
  };
}

/** Shares with 4 decimals (0.1234 = 12.34 %): enough for a gate, stable across runs. */
function round(value: number, scale = 10_000): number {
  return Math.round(value * scale) / scale;
}
