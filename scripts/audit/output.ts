/** The audit's document as a table for the terminal and as CSV (one row per page). */
import { csvLines } from '../../src/core/coverage/export';
import type { AuditDocument } from './result';

const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)} %`);

export function table(doc: AuditDocument): string {
  const rows = doc.pages.map((p) => [
    p.error ? `✗ ${p.url}` : p.url,
    p.error ?? String(p.words),
    p.error ? '' : String(p.signedWords),
    p.error ? '' : percent(p.coverage),
    p.error ? '' : String(p.marks),
    p.error ? '' : String(p.missing.length),
    p.error ? '' : String(p.health.signetErrors.length),
  ]);
  const head = ['page', 'words', 'signed', 'coverage', 'marks', 'missing', 'signet errors'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 1 && r[0]!.startsWith('✗') ? 0 : r[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(head), ...rows.map((r) => (r[0]!.startsWith('✗') ? `${r[0]}  ${r[1]}` : line(r)))];
  const s = doc.site;
  out.push('', `site: ${s.pages} page(s), ${s.signedWords}/${s.words} words with a sign = ${percent(s.coverage)}, ${s.marks} marks`);
  const top = s.missing.slice(0, 10).map((m) => `${m.word} (${m.count})`);
  if (top.length > 0) out.push(`most frequent words without a sign: ${top.join(', ')}`);
  for (const pack of doc.packs) if (pack.error) out.push(`✗ dictionary ${pack.input}: ${pack.error}`);
  const { minCoverage, minSiteCoverage } = doc.thresholds;
  if (minCoverage !== null) {
    const below = doc.pages.filter((p) => p.meetsMinCoverage === false).length;
    out.push(`--min-coverage ${percent(minCoverage)}: ${below === 0 ? 'met by every page' : `${below} page(s) below`}`);
  }
  if (minSiteCoverage !== null) out.push(`--min-site-coverage ${percent(minSiteCoverage)}: ${doc.site.meetsMinSiteCoverage ? 'met' : 'missed'}`);
  return out.join('\n') + '\n';
}

export function csv(doc: AuditDocument): string {
  const head = [
    'url',
    'error',
    'words',
    'signed_words',
    'coverage',
    'marks',
    'expressions',
    'missing_words',
    'function_words',
    'scan_ms',
    'signet_errors',
    'dom_changes_outside_host',
    'declared_pack',
    'meets_min_coverage',
  ];
  return csvLines([
    head,
    ...doc.pages.map((p) => [
      p.url,
      p.error,
      p.words,
      p.signedWords,
      p.coverage,
      p.marks,
      p.expressions.length,
      p.missing.length,
      p.functionWords?.count ?? null,
      p.scanMs,
      p.health.signetErrors.length,
      p.health.domChangesOutsideHost,
      p.declaredPack?.url ?? null,
      p.meetsMinCoverage === null ? null : String(p.meetsMinCoverage),
    ]),
  ]);
}
