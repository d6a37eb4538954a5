/**
 * A stand-in for Lingua Libre and Wikimedia Commons on 127.0.0.1, faithful to their protocols:
 * the SPARQL endpoint answers GET ?query=…&format=json with SPARQL JSON results (records of LSF,
 * item Q99628, only: any other language has none), whose file names are Commons FilePath URIs as
 * Lingua Libre stores them; Special:FilePath redirects to the original on the upload host; the
 * 480p VP9 transcode lives under /transcoded/<a>/<ab>/<File>/<File>.480p.vp9.webm, where a/ab come
 * from md5 of the file name (a wrong folder is a 404, as on Commons). Videos are the Elix sample's.
 *
 * Records: every Elix word, with its Commons name (an .ogv: played through its transcode), signed
 * by "Signes de sens"; every tenth also recorded as a Lingua Libre style .webm by "Marie Dupont"
 * (played through FilePath). The stand-in can be stopped, to play offline.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ELIX_DIR } from './paths';

export const LSF_ITEM = 'Q99628';
export const ELIX_SPEAKER = 'Signes de sens';
export const LL_SPEAKER = 'Marie Dupont';

export interface StandInRecord {
  word: string;
  /** Commons file name, spaces as "_". */
  file: string;
  speaker: string;
  /** The video served for it, in the Elix folder. */
  video: string;
}

export interface LinguaLibreServer {
  origin: string;
  records: StandInRecord[];
  /** What setLinguaLibreEndpoints takes. */
  endpoints: { sparql: string; filePath: string; transcoded: string; filePage: string };
  /** Paths asked, in order. */
  log: string[];
  stop(): Promise<void>;
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

export function standInRecords(): StandInRecord[] {
  const lines = readFileSync(join(ELIX_DIR, 'index.tsv'), 'utf8').trim().split('\n');
  const header = lines.shift()!.split('\t');
  const column = (name: string) => header.indexOf(name);
  const records: StandInRecord[] = [];
  lines.forEach((line, index) => {
    const cells = line.split('\t');
    const word = cells[column('word')]!;
    const video = cells[column('file')]!;
    records.push({ word, file: cells[column('commons_file')]!.replace(/ /g, '_'), speaker: ELIX_SPEAKER, video });
    if (index % 10 === 0) records.push({ word, file: `LL-${LSF_ITEM}_(fsl)-Marie_Dupont-${word.replace(/ /g, '_')}.webm`, speaker: LL_SPEAKER, video });
  });
  return records;
}

export async function startLinguaLibreServer(): Promise<LinguaLibreServer> {
  const records = standInRecords();
  const byFile = new Map(records.map((record) => [record.file, record]));
  const log: string[] = [];

  const sendVideo = (res: ServerResponse, record: StandInRecord | undefined) => {
    if (!record) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('No such file');
    const bytes = readFileSync(join(ELIX_DIR, record.video));
    res.writeHead(200, { 'Content-Type': 'video/webm', 'Content-Length': bytes.length, 'Access-Control-Allow-Origin': '*' }).end(bytes);
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    log.push(path);
    if (path === '/bigdata/namespace/wdq/sparql') {
      const query = url.searchParams.get('query') ?? '';
      if (url.searchParams.get('format') !== 'json' || !/SELECT/i.test(query)) return void res.writeHead(400).end('Bad query');
      const wanted = query.includes(`entity:${LSF_ITEM}`) ? records : [];
      const body = {
        head: { vars: ['word', 'filename', 'speaker'] },
        results: {
          bindings: wanted.map((record) => ({
            word: { 'xml:lang': 'fr', type: 'literal', value: record.word },
            // Lingua Libre keeps the name with spaces, percent-encoded, on Commons' http address.
            filename: { type: 'uri', value: `http://commons.wikimedia.org/wiki/Special:FilePath/${encodeURIComponent(record.file.replace(/_/g, ' '))}` },
            speaker: { type: 'literal', value: record.speaker },
          })),
        },
      };
      return void res.writeHead(200, { 'Content-Type': 'application/sparql-results+json; charset=utf-8' }).end(JSON.stringify(body));
    }
    const filePath = /^\/wiki\/Special:FilePath\/(.+)$/.exec(path);
    if (filePath) {
      const name = filePath[1]!.replace(/ /g, '_');
      if (!byFile.has(name)) return void res.writeHead(404).end();
      const hash = md5(name);
      return void res.writeHead(302, { Location: `/upload/wikipedia/commons/${hash[0]}/${hash.slice(0, 2)}/${encodeURIComponent(name)}` }).end();
    }
    const transcode = /^\/upload\/wikipedia\/commons\/transcoded\/([0-9a-f])\/([0-9a-f]{2})\/([^/]+)\/([^/]+)\.480p\.vp9\.webm$/.exec(path);
    if (transcode) {
      const [, a, ab, name, again] = transcode;
      const hash = md5(name!);
      const ok = name === again && a === hash[0] && ab === hash.slice(0, 2);
      return sendVideo(res, ok ? byFile.get(name!) : undefined);
    }
    const original = /^\/upload\/wikipedia\/commons\/([0-9a-f])\/([0-9a-f]{2})\/([^/]+)$/.exec(path);
    if (original) {
      const [, a, ab, name] = original;
      const hash = md5(name!);
      return sendVideo(res, a === hash[0] && ab === hash.slice(0, 2) ? byFile.get(name!) : undefined);
    }
    if (path.startsWith('/wiki/File:')) {
      return void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>${path.slice(11)}</title><p>CC BY-SA 4.0`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    records,
    log,
    endpoints: {
      sparql: `${origin}/bigdata/namespace/wdq/sparql`,
      filePath: `${origin}/wiki/Special:FilePath/`,
      transcoded: `${origin}/upload/wikipedia/commons/transcoded/`,
      filePage: `${origin}/wiki/File:`,
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
