import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ArchiveError, archiveFiles, isOutside, packFolder, unzipBytes, unzipBytesAsync } from '../../src/common/pack-archive';

/** What every reader of a pack archive checks (src/common/pack-archive.ts). */
describe('pack archives', () => {
  it('refuses names that would land outside the folder, and only those', () => {
    for (const name of ['../x', 'a/../../x', '/etc/passwd', 'C:\\x', 'C:x', 'a\\..\\x']) expect(isOutside(name), name).toBe(true);
    for (const name of ['pack.json', 'signes/videos/a.webm', 'a/../b', './a', 'café/è.webm']) expect(isOutside(name), name).toBe(false);
    const files = unzipBytes(zipSync({ 'pack.json': strToU8('{}'), '../escape.txt': strToU8('no') }));
    expect(() => archiveFiles(files)).toThrow(ArchiveError);
    expect(() => archiveFiles(files)).toThrow(/"\.\.\/escape\.txt", a path outside its folder/);
  });

  it('finds the pack at the root or in one top folder, beside the folders a file manager adds', () => {
    expect(packFolder(['pack.json', 'videos/a.webm'])).toBe('');
    expect(packFolder(['signes/pack.json', 'signes/a.webm', '__MACOSX/signes/._pack.json'])).toBe('signes/');
    expect(packFolder(['a/b/pack.json'])).toBeNull();
    expect(packFolder(['photo.jpg'])).toBeNull();
    expect(packFolder(['pack/index.tsv'], ['pack.json', 'index.tsv'])).toBe('pack/');
  });

  it('says "not a zip file" for what is none, in Node and off the main thread alike', async () => {
    expect(() => unzipBytes(strToU8('just text'))).toThrow(/not a zip file/);
    await expect(unzipBytesAsync(strToU8('just text'))).rejects.toThrow(/not a zip file/);
    const files = await unzipBytesAsync(zipSync({ 'x/pack.json': strToU8('{}'), 'x/': new Uint8Array() }));
    expect(archiveFiles(files)).toEqual(['x/pack.json']);
  });
});
