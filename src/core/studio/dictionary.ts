/**
 * My signs as dictionary sources: one per sign language and written language, like an installed
 * pack, so they are matched, merged and switched on or off by the same code as every source.
 * Every video keeps its own signer and licence (contributors may choose per sign).
 */
import type { MySign } from './types';

export interface MySignsGroup {
  id: string;
  signLanguage: string;
  spokenLanguage: string;
  signs: MySign[];
}

/** The source id of one group: "my-signs-fsl-fr". */
export function mySignsSourceId(signLanguage: string, spokenLanguage: string): string {
  return `my-signs-${signLanguage.toLowerCase()}-${spokenLanguage.toLowerCase()}`;
}

export function isMySignsSourceId(id: string): boolean {
  return id.startsWith('my-signs-');
}

/** Signs grouped by sign language and written language, each group's signs oldest first. */
export function groupMySigns(signs: readonly MySign[]): MySignsGroup[] {
  const groups = new Map<string, MySignsGroup>();
  for (const sign of [...signs].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))) {
    const id = mySignsSourceId(sign.signLanguage, sign.spokenLanguage);
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { id, signLanguage: sign.signLanguage.toLowerCase(), spokenLanguage: sign.spokenLanguage.toLowerCase(), signs: [] }));
    group.signs.push(sign);
  }
  return [...groups.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** The group's licence when all its signs share one; otherwise the list of them (each video states its own). */
export function groupLicence(signs: readonly MySign[]): string {
  return [...new Set(signs.map((sign) => sign.licence))].sort().join(' / ');
}

/** The signers of a group, in order of first appearance. */
export function groupSigners(signs: readonly MySign[]): string {
  return [...new Set(signs.map((sign) => sign.signer))].join(', ');
}
