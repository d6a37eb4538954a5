import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/core/pack/validate';
import { groupLicence, groupMySigns, mySignsSourceId } from '../../src/core/studio/dictionary';
import { exportPlan } from '../../src/core/studio/export-pack';
import { parseIndexTsv, rowsFromFileNames } from '../../src/core/studio/import-rows';
import { lumaFacts, pictureWarnings, type PictureFacts } from '../../src/core/studio/picture';
import { checkTags, parseForms } from '../../src/core/studio/tags';
import { clampTrim, filmstripTimes, frameDifference, suggestTrim, type MotionSample } from '../../src/core/studio/trim';
import type { MySign, SignTags } from '../../src/core/studio/types';

const TAGS: SignTags = { forms: ['ordinateur'], spokenLanguage: 'fr', signLanguage: 'fsl', signer: 'Camille Martin', licence: 'CC-BY-SA-4.0' };

function sign(id: string, patch: Partial<MySign> = {}): MySign {
  return { ...TAGS, id, video: { type: 'video/webm', width: 640, height: 480, duration: 2.4, bytes: 1000, sha256: 'a'.repeat(64) }, createdAt: 1, updatedAt: 2, ...patch };
}

describe('tags, checked by the rules of packs', () => {
  it('accepts a complete set of tags', () => {
    expect(checkTags(TAGS)).toEqual([]);
    expect(checkTags({ ...TAGS, region: 'Toulouse', definition: 'Machine qui calcule.\nAussi : PC.' })).toEqual([]);
  });

  it.each([
    ['no written form', { forms: [] }, 'forms', /at least one/],
    ['no signer', { signer: '  ' }, 'signer', /signer/],
    ['a control character in a form', { forms: ['ordi\u0007nateur'] }, 'forms', /./],
    ['a form longer than packs allow', { forms: ['x'.repeat(201)] }, 'forms', /200/],
    ['a sign language that is no language tag', { signLanguage: 'LSF française' }, 'signLanguage', /BCP 47/],
    ['an unknown licence', { licence: 'GPL' as never }, 'licence', /CC-BY-SA-4.0/],
    ['a bidirectional override in the region', { region: 'Par\u202Eis' }, 'region', /./],
  ] as const)('reports %s on its field', (_, patch, field, message) => {
    const problems = checkTags({ ...TAGS, ...patch } as SignTags);
    expect(problems.map((p) => p.field)).toContain(field);
    expect(problems.find((p) => p.field === field)!.message).toMatch(message);
  });

  it('splits typed forms on commas, bars and lines, once each', () => {
    expect(parseForms(' ordinateur, ordinateurs |PC\n\nordinateur ')).toEqual(['ordinateur', 'ordinateurs', 'PC']);
    expect(parseForms('réseau   local')).toEqual(['réseau local']);
  });
});

describe('the suggested trim', () => {
  const samples = (motions: number[], fps = 20): MotionSample[] => motions.map((motion, i) => ({ time: i / fps, motion }));

  it('keeps the moving part and a margin, dropping stillness at both ends', () => {
    // 1 s still, 2 s of signing, 1 s still, at 20 frames a second.
    const motions = [0, ...Array(19).fill(0.4), ...Array(40).fill(12), ...Array(20).fill(0.5)];
    const range = suggestTrim(samples(motions), 4);
    expect(range.start).toBeCloseTo(1 - 0.05 - 0.2, 2);
    expect(range.end).toBeCloseTo(59 / 20 + 0.05 + 0.2, 2);
  });

  it('keeps the whole take when nothing moves, or when there are too few frames', () => {
    expect(suggestTrim(samples(Array(40).fill(0.3)), 2)).toEqual({ start: 0, end: 2 });
    expect(suggestTrim(samples([0, 5]), 0.1)).toEqual({ start: 0, end: 0.1 });
  });

  it('measures motion as the mean absolute difference of grey frames', () => {
    expect(frameDifference(new Uint8Array([10, 20, 30, 40]), new Uint8Array([10, 24, 26, 40]))).toBe(2);
  });

  it('clamps a range inside the take, in order, at least 0.3 s long', () => {
    expect(clampTrim({ start: -1, end: 9 }, 4)).toEqual({ start: 0, end: 4 });
    expect(clampTrim({ start: 3.9, end: 1 }, 4)).toEqual({ start: 3.7, end: 4 });
    expect(clampTrim({ start: 1, end: 1.1 }, 4)).toEqual({ start: 1, end: 1.3 });
  });

  it('spreads filmstrip times over the take', () => {
    expect(filmstripTimes(4, 4)).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(filmstripTimes(0, 4)).toEqual([]);
  });
});

describe('the picture check', () => {
  const frame = (centre: number, border: number, w = 8, h = 8) => {
    const rgba = new Uint8Array(w * h * 4);
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const v = x >= w / 4 && x < (3 * w) / 4 && y >= h / 4 && y < (3 * h) / 4 ? centre : border;
        rgba.set([v, v, v, 255], (y * w + x) * 4);
      }
    return lumaFacts(rgba, w, h);
  };
  const facts = (luma: ReturnType<typeof frame>, patch: Partial<PictureFacts> = {}): PictureFacts => ({ width: 1280, height: 720, frameRate: 30, ...luma, ...patch });

  it('finds a well lit picture good', () => {
    expect(pictureWarnings(facts(frame(140, 120)))).toEqual([]);
  });
  it('warns of a dark room, of a window behind the signer, of a small or jerky picture', () => {
    expect(pictureWarnings(facts(frame(30, 40)))).toEqual(['too-dark']);
    expect(pictureWarnings(facts(frame(70, 230)))).toEqual(['backlit']);
    expect(pictureWarnings(facts(frame(140, 120), { width: 320, height: 240, frameRate: 10 }))).toEqual(['low-resolution', 'low-frame-rate']);
  });
  it('measures centre and border apart', () => {
    const luma = frame(200, 100);
    expect(luma.centreLuma).toBeCloseTo(200, 0);
    expect(luma.borderLuma).toBeCloseTo(100, 0);
  });
});

describe('My signs as dictionaries and packs', () => {
  it('groups signs by sign language and written language', () => {
    const groups = groupMySigns([sign('a'), sign('b', { signLanguage: 'ase', spokenLanguage: 'en', createdAt: 0 }), sign('c', { createdAt: 0 })]);
    expect(groups.map((g) => [g.id, g.signs.map((s) => s.id)])).toEqual([
      ['my-signs-ase-en', ['b']],
      ['my-signs-fsl-fr', ['c', 'a']],
    ]);
    expect(mySignsSourceId('FSL', 'FR')).toBe('my-signs-fsl-fr');
    expect(groupLicence([sign('a'), sign('b', { licence: 'CC0-1.0' })])).toBe('CC-BY-SA-4.0 / CC0-1.0');
  });

  it('exports a group as a valid pack whose entries are the signs', () => {
    const [group] = groupMySigns([sign('ordinateur-1', { region: 'Lyon', definition: 'Une machine.' }), sign('clavier-2', { forms: ['clavier', 'claviers'], createdAt: 2 })]);
    const { pack, files } = exportPlan(group!, new Date('2026-12-02T05:00:00Z'));
    expect(validatePack(pack).problems).toEqual([]);
    expect(pack).toMatchObject({ id: 'camille-martin-fsl-fr', signLanguage: 'fsl', spokenLanguage: 'fr', licence: 'CC-BY-SA-4.0', attribution: 'Camille Martin', version: '20261202.050000' });
    expect(pack.entries.map((e) => [e.id, e.forms, e.videos[0]!.url, e.videos[0]!.region])).toEqual([
      ['ordinateur-1', ['ordinateur'], 'videos/ordinateur-1.webm', 'Lyon'],
      ['clavier-2', ['clavier', 'claviers'], 'videos/clavier-2.webm', undefined],
    ]);
    expect(files).toEqual([
      { path: 'videos/ordinateur-1.webm', signId: 'ordinateur-1' },
      { path: 'videos/clavier-2.webm', signId: 'clavier-2' },
    ]);
  });
});

describe('import rows', () => {
  it('reads index.tsv with the pack command’s columns', () => {
    const plan = parseIndexTsv('\uFEFFword\tfile\tsigner\tlicence\r\nachat|achats\tvideos/achat.webm\tAnne\tCC0-1.0\n\nbonjour\tvideos/bonjour.webm\t\t\n\tvideos/x.webm\nclou\t../clou.webm\n');
    expect(plan.rows).toEqual([
      { origin: 'index.tsv line 2', forms: ['achat', 'achats'], file: 'videos/achat.webm', signer: 'Anne', licence: 'CC0-1.0' },
      { origin: 'index.tsv line 4', forms: ['bonjour'], file: 'videos/bonjour.webm' },
    ]);
    expect(plan.errors).toEqual(['index.tsv line 5: the "word" cell is empty', 'index.tsv line 6: "../clou.webm" must be a path inside the folder']);
    expect(parseIndexTsv('mot\tfichier\n').errors[0]).toMatch(/"word" and "file"/);
  });

  it('takes words from video file names otherwise', () => {
    expect(rowsFromFileNames(['notes.txt', 'réseau local.webm', 'chapeau.mp4']).map((r) => r.forms)).toEqual([['chapeau'], ['réseau local']]);
  });
});
