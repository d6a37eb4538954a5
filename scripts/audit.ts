/**
 * `npm run audit -- <url|file|sitemap.xml>… [options]` (also `signet-audit`): how much of a
 * site's text has a sign, read by the built extension in Chromium exactly as a reader gets it,
 * with the missing words to record first. Exit status as pa11y-ci's: 0 thresholds met, 2 a
 * threshold missed, 1 an error (a page unreachable, a bad pack, wrong usage).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CommandError } from './pack/errors';
import { htmlReport } from './audit/html';
import { parseOptions, USAGE, UsageError } from './audit/options';
import { csv, table } from './audit/output';
import { auditDocument } from './audit/result';
import { runAudit } from './audit/run';

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const log = options.quiet ? () => undefined : (line: string) => process.stderr.write(line + '\n');
  const doc = auditDocument(await runAudit(options, log), options);
  const write = (file: string | null, text: string) => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    log(`wrote ${file}`);
  };
  write(options.json, JSON.stringify(doc, null, 2) + '\n');
  write(options.csv, csv(doc));
  write(options.html, htmlReport(doc));
  process.stdout.write(table(doc));
  return doc.exitCode;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`signet-audit: ${error.message}\n\n${USAGE}`);
    else if (error instanceof CommandError) console.error(`signet-audit: ${error.message}`);
    else console.error('signet-audit:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
