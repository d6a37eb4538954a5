import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipTo } from '../../scripts/audit/zip';
import { firefoxManifest, GECKO_ID } from '../../scripts/build/firefox-manifest';
import { zip } from '../../scripts/package/zip-writer';
import manifest from '../../manifest.json' with { type: 'json' };

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signet-zip-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const files = [
  { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}\n'.repeat(40)) },
  { name: 'src/player/index.html', data: Buffer.from('<!doctype html><title>Signe</title>') },
  { name: 'assets/icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  { name: '_locales/fr/messages.json', data: Buffer.from('{"extName":{"message":"Signet — la langue des signes"}}') },
];

describe('deterministic zip', () => {
  it('gives the same bytes whatever the order or time it is written in', async () => {
    const first = zip(files);
    await new Promise((done) => setTimeout(done, 1100)); // a DOS timestamp has a 2 s grain
    const second = zip([...files].reverse());
    expect(second.equals(first)).toBe(true);
  });

  it('is read back, file for file, by an independent zip reader', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.zip'), zip(files));
    unzipTo(join(dir, 'x.zip'), join(dir, 'out'));
    for (const { name, data } of files) expect(readFileSync(join(dir, 'out', name)).equals(data)).toBe(true);
  });

  it('refuses a name that would land outside the folder and a name given twice', () => {
    expect(() => zip([{ name: '../evil', data: Buffer.from('x') }])).toThrow(/bad entry name/);
    expect(() => zip([files[0]!, files[0]!])).toThrow(/twice/);
  });
});

describe('Firefox manifest', () => {
  const firefox = firefoxManifest(manifest as never) as {
    background: { scripts: string[]; service_worker?: string };
    web_accessible_resources: Array<Record<string, unknown>>;
    browser_specific_settings: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } } };
  };

  it('runs the background as a script and carries the gecko settings Firefox 142+ asks for', () => {
    expect(firefox.background.scripts).toEqual([manifest.background.service_worker]);
    expect(firefox.background.service_worker).toBeUndefined();
    expect(firefox.browser_specific_settings.gecko.id).toBe(GECKO_ID);
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(142);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
  });

  it('keeps the player web-accessible, without the Chromium-only dynamic URL key, and leaves the source manifest alone', () => {
    expect(firefox.web_accessible_resources[0]!.resources).toEqual(['src/player/index.html']);
    expect('use_dynamic_url' in firefox.web_accessible_resources[0]!).toBe(false);
    expect(manifest.web_accessible_resources[0]!.use_dynamic_url).toBe(true);
    expect(manifest.background.service_worker).toBeDefined();
  });
});
