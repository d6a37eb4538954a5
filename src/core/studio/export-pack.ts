/**
 * My signs as a pack (format v1): pack.json and one video file per sign, as a zip holds them.
 * The result passes validatePack; its entries read back as the same signs.
 */
import type { PackEntry, PackV1 } from '../pack/types';
import { groupLicence, groupSigners, type MySignsGroup } from './dictionary';

export interface PackFile {
  /** Path inside the pack ("videos/ordinateur-lq3k2.webm"). */
  path: string;
  signId: string;
}

export interface ExportPlan {
  pack: PackV1;
  files: PackFile[];
}

const EXTENSIONS: Readonly<Record<string, string>> = { 'video/webm': 'webm', 'video/mp4': 'mp4', 'video/x-matroska': 'mkv', 'video/quicktime': 'mov' };

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 32);
}

export function exportPlan(group: MySignsGroup, now: Date): ExportPlan {
  const signers = groupSigners(group.signs);
  const files: PackFile[] = [];
  const entries: PackEntry[] = group.signs.map((sign) => {
    const path = `videos/${sign.id}.${EXTENSIONS[sign.video.type.split(';')[0]!] ?? 'webm'}`;
    files.push({ path, signId: sign.id });
    const video: PackEntry['videos'][number] = { url: path, type: sign.video.type, width: sign.video.width, height: sign.video.height, duration: sign.video.duration, signer: sign.signer };
    if (sign.region) video.region = sign.region;
    const entry: PackEntry = { id: sign.id, forms: sign.forms, videos: [video] };
    if (sign.definition) entry.definition = sign.definition;
    return entry;
  });
  const who = slug(signers.split(',')[0] ?? '') || 'signs';
  const pack: PackV1 = {
    format: 'signet-pack',
    formatVersion: 1,
    id: `${who}-${group.signLanguage}-${group.spokenLanguage}`.slice(0, 64),
    name: `${signers} (${group.signLanguage.toUpperCase()}, ${group.spokenLanguage})`.slice(0, 200),
    version: now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '.'),
    signLanguage: group.signLanguage,
    spokenLanguage: group.spokenLanguage,
    licence: groupLicence(group.signs),
    attribution: signers,
    entries,
  };
  return { pack, files };
}
