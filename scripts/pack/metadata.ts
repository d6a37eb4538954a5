/**
 * The pack-level fields of a build (id, name, languages, licence…), from, in order of
 * precedence: command-line options, <folder>/pack.meta.json, then defaults drawn from the
 * folder's name ("lsf-elix" → id "lsf-elix", LSF from French). Licence and attribution have
 * no honest default: the build stops and asks for them.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from './ids';
import { CommandError } from './errors';
import type { PackHeader } from '../../src/core/pack/types';

/** What a pack says about itself: its header without the format fields. */
export type PackMetadata = Omit<PackHeader, 'format' | 'formatVersion'>;

export type MetadataField = keyof PackMetadata;
export const METADATA_FIELDS: readonly MetadataField[] = ['id', 'name', 'version', 'signLanguage', 'spokenLanguage', 'licence', 'attribution', 'homepage'];
export const META_FILE = 'pack.meta.json';
const DEFAULT_VERSION = '1.0.0';

/** Common abbreviations in folder names → [sign language, written language] as BCP 47 tags. */
const LANGUAGES_BY_ABBREVIATION: Readonly<Record<string, readonly [string, string]>> = {
  lsf: ['fsl', 'fr'],
  lsq: ['fcs', 'fr'],
  asl: ['ase', 'en'],
  bsl: ['bfi', 'en'],
  auslan: ['asf', 'en'],
  dgs: ['gsg', 'de'],
  lse: ['ssp', 'es'],
  lis: ['ise', 'it'],
  ngt: ['dse', 'nl'],
};

/** The command-line option of a field: signLanguage → "sign-language". */
export function optionName(field: MetadataField): string {
  return field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export async function resolveMetadata(folder: string, options: Partial<Record<MetadataField, string>>, rowLicences: ReadonlySet<string>): Promise<PackMetadata> {
  const fromFile = await readMetaFile(folder);
  const folderName = path.basename(path.resolve(folder));
  const guessed = folderName
    .toLowerCase()
    .split(/[^a-z]+/)
    .map((token) => LANGUAGES_BY_ABBREVIATION[token])
    .find((languages) => languages !== undefined);
  const defaults: Partial<PackMetadata> = {
    id: slugify(folderName) || undefined,
    name: folderName,
    version: DEFAULT_VERSION,
    signLanguage: guessed?.[0],
    spokenLanguage: guessed?.[1],
    licence: rowLicences.size === 1 ? [...rowLicences][0] : undefined,
  };
  const merged: Partial<PackMetadata> = {};
  for (const field of METADATA_FIELDS) {
    const value = options[field] ?? fromFile[field] ?? defaults[field];
    if (value !== undefined && value !== '') merged[field] = value;
  }
  const errors = METADATA_FIELDS.filter((field) => field !== 'homepage' && merged[field] === undefined).map(
    (field) => `missing ${field}: pass --${optionName(field)} "…" or set "${field}" in ${META_FILE}`,
  );
  const otherLicences = [...rowLicences].filter((licence) => licence !== merged.licence);
  if (otherLicences.length > 0) {
    errors.push(
      `the licence column says ${[...rowLicences].map((l) => `"${l}"`).join(', ')}, but a pack has one licence` +
        (merged.licence ? ` ("${merged.licence}")` : '') +
        ': make them agree or split the pack',
    );
  }
  if (errors.length > 0) throw new CommandError(errors);
  return merged as PackMetadata;
}

async function readMetaFile(folder: string): Promise<Partial<PackMetadata>> {
  const file = path.join(folder, META_FILE);
  if (!existsSync(file)) return {};
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CommandError([`${META_FILE}: not valid JSON: ${(error as Error).message}`]);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new CommandError([`${META_FILE}: must be a JSON object like {"name": "…", "licence": "…"}`]);
  }
  const errors: string[] = [];
  const meta: Partial<PackMetadata> = {};
  for (const [key, value] of Object.entries(json)) {
    if (!(METADATA_FIELDS as readonly string[]).includes(key)) {
      errors.push(`${META_FILE}: unknown field "${key}"; known fields: ${METADATA_FIELDS.join(', ')}`);
    } else if (typeof value !== 'string') {
      errors.push(`${META_FILE}: "${key}" must be text`);
    } else {
      meta[key as MetadataField] = value;
    }
  }
  if (errors.length > 0) throw new CommandError(errors);
  return meta;
}
