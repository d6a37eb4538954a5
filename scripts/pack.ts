/**
 * The pack command: build a Signet pack from a folder of sign videos, or validate one.
 *
 *   npm run pack -- build <folder> --out <dir> [--shard-size N] [--id …] [--name …] [--version …]
 *                  [--sign-language …] [--spoken-language …] [--licence …] [--attribution …] [--homepage …]
 *   npm run pack -- validate <pack.json | folder | pack .zip | http(s) URL>
 *   (build also takes a pack .zip, as Signet's studio exports it, or a zipped folder)
 *
 * Exit status: 0 done / valid, 1 problems found or the build failed, 2 wrong usage.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildPack } from './pack/build';
import { CommandError } from './pack/errors';
import { METADATA_FIELDS, optionName, type MetadataField } from './pack/metadata';
import { validateTarget } from './pack/validate';
import { extractZip, isZipPath, packAsBuildInput } from './pack/zip';

const USAGE = `Usage:
  npm run pack -- build <folder> --out <dir> [options]
      Reads <folder>/index.tsv (columns word, file; optional id, signer, region, definition,
      licence; "a|b" in word = several forms; rows with the same word = one entry with several
      videos) or, without it, takes each video's file name as its word. Writes <dir>/pack.json
      and copies the videos. Options (default: <folder>/pack.meta.json, then the folder name):
      --id --name --version --sign-language --spoken-language --licence --attribution --homepage
      --shard-size N: a large dictionary: write <dir>/shards/*.json of at most N entries each,
      cut by the first letters of the words, and a pack.json that lists them with their SHA-256.
  npm run pack -- build <pack.zip> --out <dir>
      Rebuilds a pack exported by Signet's studio (or a zipped folder): its pack.json gives
      the entries and the settings.
  npm run pack -- validate <pack.json | folder | pack.zip | http(s) URL>
      Prints "<json path>: <message>" per problem and exits 1, or a one-line summary.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'build') return build(rest);
  if (command === 'validate') return validate(rest);
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  throw new UsageError(`unknown command "${command}"`);
}

async function build(args: string[]): Promise<number> {
  const metadataOptions = Object.fromEntries(METADATA_FIELDS.map((field) => [optionName(field), { type: 'string' as const }]));
  const { values, positionals } = parseCommandLine(args, { out: { type: 'string' }, 'shard-size': { type: 'string' }, ...metadataOptions });
  const [folder, extra] = positionals;
  if (folder === undefined || extra !== undefined) throw new UsageError('build takes one folder');
  if (typeof values.out !== 'string') throw new UsageError('build needs --out <dir>');
  const metadata: Partial<Record<MetadataField, string>> = {};
  for (const field of METADATA_FIELDS) {
    const value = values[optionName(field)];
    if (typeof value === 'string') metadata[field] = value;
  }
  let shardSize: number | undefined;
  if (values['shard-size'] !== undefined) {
    shardSize = Number(values['shard-size']);
    if (!Number.isInteger(shardSize) || shardSize < 1) throw new UsageError('--shard-size must be a whole number of entries, at least 1');
  }
  // A pack .zip (the studio's export) or a zipped folder: extracted, then built like a folder.
  const zip = isZipPath(folder) ? await extractZip(folder) : null;
  let result: Awaited<ReturnType<typeof buildPack>>;
  try {
    if (zip && existsSync(path.join(zip.folder, 'pack.json')) && !existsSync(path.join(zip.folder, 'index.tsv'))) await packAsBuildInput(zip.folder);
    result = await buildPack(zip?.folder ?? folder, values.out, metadata, shardSize);
  } finally {
    await zip?.remove();
  }
  for (const note of result.notes) console.error(`note: ${note}`);
  const megabytes = (result.bytesCopied / 1024 / 1024).toFixed(1);
  const shards = result.shards > 0 ? ` in ${result.shards} shards` : '';
  console.log(`built ${result.packFile}: ${result.entries} entries${shards}, ${result.videos} videos (${megabytes} MB of video copied)`);
  return 0;
}

async function validate(args: string[]): Promise<number> {
  const { positionals } = parseCommandLine(args, {});
  const [target, extra] = positionals;
  if (target === undefined || extra !== undefined) throw new UsageError('validate takes one pack.json, folder or URL');
  const zip = isZipPath(target) ? await extractZip(target) : null;
  let report: Awaited<ReturnType<typeof validateTarget>>;
  try {
    report = await validateTarget(zip?.folder ?? target);
  } finally {
    await zip?.remove();
  }
  for (const problem of report.problems) console.log(`${problem.path}: ${problem.message}`);
  if (report.problems.length > 0) return 1;
  console.log(report.summary);
  return 0;
}

type OptionSpec = Record<string, { type: 'string' }>;

function parseCommandLine(args: string[], options: OptionSpec) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CommandError) {
      for (const line of error.lines) console.error(line);
      process.exitCode = 1;
    } else if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  },
);
