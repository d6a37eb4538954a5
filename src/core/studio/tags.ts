/**
 * Checking a sign's tags by the rules of packs: the tags are put into the one-entry pack they
 * would be exported as and given to validatePack, so what the studio accepts is exactly what a
 * pack may hold, and an exported pack never fails for a tag the studio let through.
 */
import { validatePack } from '../pack/validate';
import { LICENCES, type SignTags } from './types';

export type TagField = 'forms' | 'spokenLanguage' | 'signLanguage' | 'signer' | 'region' | 'licence' | 'definition';

export interface TagProblem {
  field: TagField;
  /** The pack validator's words ("must not be empty", "… is longer than 200 characters"). */
  message: string;
}

/** Splits the forms field as typed: one form per line or separated by commas or "|". */
export function parseForms(text: string): string[] {
  const forms = text
    .split(/[\n,|]/)
    .map((form) => form.trim().replace(/\s+/g, ' '))
    .filter((form) => form.length > 0);
  return [...new Set(forms)];
}

/** Every problem of the tags, by field; empty when they make a valid pack entry. */
export function checkTags(tags: SignTags): TagProblem[] {
  const problems: TagProblem[] = [];
  if (tags.forms.length === 0) problems.push({ field: 'forms', message: 'needs at least one written word' });
  if (tags.signer.trim() === '') problems.push({ field: 'signer', message: 'needs the signer’s name, shown under the video' });
  if (!(LICENCES as readonly string[]).includes(tags.licence)) problems.push({ field: 'licence', message: `must be one of ${LICENCES.join(', ')}` });
  const video: Record<string, unknown> = { url: 'videos/sign.webm', type: 'video/webm', width: 1, height: 1, duration: 1, signer: tags.signer || 'x' };
  if (tags.region !== undefined) video.region = tags.region;
  const entry: Record<string, unknown> = { id: 'sign', forms: tags.forms.length > 0 ? tags.forms : ['x'], videos: [video] };
  if (tags.definition !== undefined) entry.definition = tags.definition;
  const pack = {
    format: 'signet-pack',
    formatVersion: 1,
    id: 'my-signs',
    name: 'My signs',
    version: '1',
    signLanguage: tags.signLanguage,
    spokenLanguage: tags.spokenLanguage,
    licence: tags.licence,
    attribution: tags.signer || 'x',
    entries: [entry],
  };
  for (const problem of validatePack(pack).problems) {
    const field = fieldOf(problem.path);
    if (field && !problems.some((p) => p.field === field)) problems.push({ field, message: problem.message });
  }
  return problems;
}

function fieldOf(path: string): TagField | null {
  if (path.startsWith('$.entries[0].forms')) return 'forms';
  if (path.startsWith('$.entries[0].definition')) return 'definition';
  if (path.startsWith('$.entries[0].videos[0].signer') || path === '$.attribution') return 'signer';
  if (path.startsWith('$.entries[0].videos[0].region')) return 'region';
  if (path === '$.signLanguage') return 'signLanguage';
  if (path === '$.spokenLanguage') return 'spokenLanguage';
  if (path === '$.licence') return 'licence';
  return null;
}

/** Optional text fields: empty means absent. */
export function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}
