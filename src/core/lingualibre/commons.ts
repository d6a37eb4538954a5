/**
 * Wikimedia Commons addresses of a media file, from the FilePath URI a Lingua Libre record
 * holds ("http://commons.wikimedia.org/wiki/Special:FilePath/LL-Q99628 (fsl)-Foo-chat.webm").
 *
 * - The file page, the credit link: https://commons.wikimedia.org/wiki/File:<File>.
 * - What the player loads: a WebM. Commons keeps many sign videos as .ogv (Theora), which
 *   Chromium does not play; for those, the 480p VP9 transcode Commons makes of every video:
 *   https://upload.wikimedia.org/wikipedia/commons/transcoded/<a>/<ab>/<File>/<File>.480p.vp9.webm
 *   where <a>/<ab> are the first one and two hex digits of md5(<File>) with spaces as "_".
 *   A .webm original plays as it is, through Special:FilePath (which redirects to it).
 *
 * Each base is configurable so that tests serve the same protocol from 127.0.0.1.
 */
import { md5Hex } from '../md5';

export interface CommonsEndpoints {
  /** Ends with "/": https://commons.wikimedia.org/wiki/Special:FilePath/ */
  filePath: string;
  /** Ends with "/": https://upload.wikimedia.org/wikipedia/commons/transcoded/ */
  transcoded: string;
  /** Ends with ":" or "/": https://commons.wikimedia.org/wiki/File: */
  filePage: string;
}

export const COMMONS_ENDPOINTS: CommonsEndpoints = {
  filePath: 'https://commons.wikimedia.org/wiki/Special:FilePath/',
  transcoded: 'https://upload.wikimedia.org/wikipedia/commons/transcoded/',
  filePage: 'https://commons.wikimedia.org/wiki/File:',
};

/** Longest file name Commons allows (240 bytes; counted here in characters, a little looser). */
const MAX_FILE_NAME = 240;
/** Video containers Lingua Libre records of signs use. */
const VIDEO_EXTENSION = /\.(?:webm|ogv|ogg|mp4|mpg|mpeg)$/i;
/** Characters no MediaWiki title may hold (and C0/C1 controls, direction overrides). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among those Commons forbids in a title
const FORBIDDEN = /[#<>[\]|{}/\\\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const FILE_PATH = /^https?:\/\/commons\.wikimedia\.org\/wiki\/Special:FilePath\/(.+)$/;

/**
 * The file name a FilePath URI names, with spaces as "_" as Commons stores it; null when the URI
 * is not a Commons FilePath URI of a video with a plausible name.
 */
export function fileNameFromFilePath(uri: string): string | null {
  const match = FILE_PATH.exec(uri);
  if (!match) return null;
  let name: string;
  try {
    name = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  name = name.normalize('NFC').replace(/ /g, '_');
  if (name.length > MAX_FILE_NAME || FORBIDDEN.test(name) || !VIDEO_EXTENSION.test(name) || name.startsWith('.')) return null;
  return name;
}

/** A file name as one URL path segment: percent-encoded, spaces already "_". */
function segment(name: string): string {
  return encodeURIComponent(name);
}

export function filePageUrl(name: string, endpoints: CommonsEndpoints = COMMONS_ENDPOINTS): string {
  return endpoints.filePage + segment(name);
}

/** md5 folder of a file on Commons' upload server: "a/ab". */
export function hashPath(name: string): string {
  const digest = md5Hex(name.replace(/ /g, '_'));
  return `${digest[0]}/${digest.slice(0, 2)}`;
}

export function transcodeUrl(name: string, endpoints: CommonsEndpoints = COMMONS_ENDPOINTS): string {
  const file = segment(name);
  return `${endpoints.transcoded}${hashPath(name)}/${file}/${file}.480p.vp9.webm`;
}

/** What the player loads for this file: the original if it is WebM, else its WebM transcode. */
export function playableUrl(name: string, endpoints: CommonsEndpoints = COMMONS_ENDPOINTS): string {
  return /\.webm$/i.test(name) ? endpoints.filePath + segment(name) : transcodeUrl(name, endpoints);
}
