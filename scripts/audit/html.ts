/**
 * `--html FILE`: one self-contained page (no outside file, no network) a person reads at a
 * glance: the site's share, a coverage bar per page, and the missing words with their counts in a
 * table sortable by any column (a few lines of inline script; without script it stays sorted by
 * count). Checked with axe-core in the tests.
 */
import type { AuditDocument } from './result';

const esc = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const percent = (share: number | null) => (share === null ? '–' : `${(share * 100).toFixed(1)} %`);

const STYLE = `
:root { color-scheme: light dark; --fg: #1a1a1f; --bg: #fff; --muted: #4d4d57; --border: #c9ccd3; --bar: #e3e5ea; --fill: #0b4fb3; --bad: #b3261e; --focus: #0b57d0; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececf0; --bg: #1d1e22; --muted: #b9bac4; --border: #3c3e46; --bar: #30323a; --fill: #9ec2ff; --bad: #ffb4ab; --focus: #9ec2ff; } }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 980px; margin: 0 auto; padding: 24px 16px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 28px 0 8px; }
.muted { color: var(--muted); } .bad { color: var(--bad); }
.big { font-size: 40px; font-weight: 700; margin: 8px 0 0; }
.bar { height: 12px; background: var(--bar); border-radius: 6px; overflow: hidden; min-width: 120px; }
.bar > span { display: block; height: 100%; background: var(--fill); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.url { overflow-wrap: anywhere; max-width: 420px; }
th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; color: inherit; cursor: pointer; }
th button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
`;

const SORT_SCRIPT = `
for (const table of document.querySelectorAll('table[data-sortable]')) {
  const heads = [...table.tHead.rows[0].cells];
  heads.forEach((th, column) => {
    const button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.classList.contains('num');
      const key = (row) => row.cells[column].dataset.value ?? row.cells[column].textContent;
      const rows = [...table.tBodies[0].rows].sort((a, b) => {
        const x = key(a), y = key(b);
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return ascending ? order : -order;
      });
      table.tBodies[0].append(...rows);
    });
  });
}`;

export function htmlReport(doc: AuditDocument): string {
  const site = doc.site;
  const pageRows = doc.pages
    .map((p) =>
      p.error
        ? `<tr data-testid="page-row" data-url="${esc(p.url)}"><td class="url">${esc(p.url)}</td><td colspan="4" class="bad">${esc(p.error)}</td></tr>`
        : `<tr data-testid="page-row" data-url="${esc(p.url)}" data-words="${p.words}" data-signed-words="${p.signedWords}"><td class="url">${esc(p.title || p.url)}<br><span class="muted">${esc(p.url)}</span></td>` +
          `<td><div class="bar" aria-hidden="true"><span style="width:${((p.coverage ?? 0) * 100).toFixed(1)}%"></span></div></td>` +
          `<td class="num" data-value="${p.coverage}">${percent(p.coverage)}</td><td class="num">${p.signedWords} / ${p.words}</td><td class="num">${p.missing.length}</td></tr>`,
    )
    .join('\n');
  const missingRows = site.missing
    .map(
      (m) =>
        `<tr><td>${esc(m.word)}</td><td class="num" data-value="${m.count}">${m.count}</td><td class="num" data-value="${m.pages.length}">${m.pages.length}</td><td>${esc(m.forms.join(', '))}</td></tr>`,
    )
    .join('\n');
  const packs = doc.packs.map((p) => `<li>${p.error ? `<span class="bad">${esc(p.input)}: ${esc(p.error)}</span>` : `${esc(p.name ?? p.input)} — ${p.entries} signs`}</li>`).join('');
  const sortable = (label: string, numeric = false) => `<th scope="col"${numeric ? ' class="num"' : ''}><button type="button">${label}</button></th>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Signet coverage report</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Signet coverage report</h1>
<p class="muted">${esc(doc.date)} · ${doc.pages.length} page(s) · Signet ${esc(doc.signetVersion)}</p>
<section aria-labelledby="site-heading">
<h2 id="site-heading">The site</h2>
<p class="big" data-testid="site-coverage" data-value="${site.coverage}">${percent(site.coverage)}</p>
<p>of the words read have a sign: <span data-testid="site-words">${site.signedWords} of ${site.words}</span> words, ${site.marks} marks, over ${site.pages} page(s).</p>
<div class="bar" aria-hidden="true"><span style="width:${(site.coverage * 100).toFixed(1)}%"></span></div>
${doc.thresholds.minSiteCoverage !== null ? `<p>Site threshold ${percent(doc.thresholds.minSiteCoverage)}: ${site.meetsMinSiteCoverage ? 'met' : '<strong class="bad">missed</strong>'}.</p>` : ''}
<p>Dictionaries:</p><ul>${packs}</ul>
${doc.errors.length > 0 ? `<p class="bad">Errors:</p><ul>${doc.errors.map((e) => `<li>${esc(e)}</li>`).join('')}</ul>` : ''}
</section>
<section aria-labelledby="pages-heading">
<h2 id="pages-heading">Pages</h2>
<table data-testid="pages">
<thead><tr><th scope="col">Page</th><th scope="col">Coverage</th><th scope="col" class="num">Share</th><th scope="col" class="num">Signed / words</th><th scope="col" class="num">Missing words</th></tr></thead>
<tbody>
${pageRows}
</tbody>
</table>
</section>
<section aria-labelledby="missing-heading">
<h2 id="missing-heading">Words without a sign, most frequent first</h2>
<table data-sortable data-testid="missing">
<thead><tr>${sortable('Word')}${sortable('Occurrences', true).replace('<th', '<th aria-sort="descending"')}${sortable('Pages', true)}<th scope="col">Written as</th></tr></thead>
<tbody>
${missingRows}
</tbody>
</table>
</section>
</main>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}
