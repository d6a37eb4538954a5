/**
 * Video URLs of a pack: what pack.json may say (checkVideoUrl) and what the extension may load
 * (resolveVideoUrl). Video URLs end up as the src of a <video> in the player page, an extension
 * page with the extension's privileges, so only https (and plain http on this computer, for
 * testing) may get there: never javascript:, data:, file:, blob: or ftp:.
 */
import { MAX_LENGTH } from './limits';
import { isLoopbackHost } from '../hosts';
import { REGEX, URL_SCHEME } from './patterns';
import { longerThan } from './problems';
import { english, phrase, type Param, type Phrase } from './wording';

/**
 * Says what is wrong with a video URL as written in pack.json, in English, or returns null when
 * it is acceptable. Mirrors the "url" rules of schema/pack-v1.schema.json, with a message per cause.
 */
export function checkVideoUrl(url: string): string | null {
  const problem = videoUrlProblem(url);
  return problem === null ? null : english(problem);
}

/** What is wrong with a video URL, as a phrase the UI words in its own language; null when acceptable. */
export function videoUrlProblem(url: string): Phrase | null {
  if (url.length === 0) return phrase('url.empty');
  if (longerThan(url, MAX_LENGTH.url)) return phrase('text.too_long', { max: MAX_LENGTH.url });
  const scheme = URL_SCHEME.exec(url)?.[1];
  if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') {
    const lower = scheme.toLowerCase();
    if (lower === 'https' || lower === 'http') return phrase('url.scheme_case', { scheme: lower });
    return phrase('url.scheme', { scheme: lower });
  }
  if (url.startsWith('//')) return phrase('url.protocol_relative');
  const badCharacter = findBadUrlCharacter(url);
  if (badCharacter !== null) return badCharacter;
  if (scheme === 'http' && !REGEX.httpLoopbackUrl.test(url)) return phrase('url.http_remote');
  if (scheme === 'https' && !REGEX.httpsUrl.test(url)) return phrase('url.https_invalid');
  return null;
}

/** Explains the first character that must be percent-encoded, or null when all are fine. */
function findBadUrlCharacter(url: string): Phrase | null {
  if (REGEX.urlCharacters.test(url)) return null;
  let position = 0;
  for (let i = 0; i < url.length; ) {
    const char = String.fromCodePoint(url.codePointAt(i) ?? 0);
    position += 1;
    if (char === '%') {
      if (!/^%[0-9A-Fa-f]{2}/.test(url.slice(i))) return phrase('url.percent', { position });
    } else if (char === '\\') {
      return phrase('url.backslash', { position });
    } else if (!/[A-Za-z0-9._~:/?#[\]@!$&'()*+,;=-]/.test(char)) {
      // Invisible characters are named by code point: quoting them would show nothing.
      const shown = /[\s\p{C}]/u.test(char) ? codePointName(char) : `"${char}"`;
      return phrase('url.encode', { character: shown, position });
    }
    i += char.length;
  }
  return null;
}

function codePointName(char: string): Param {
  const code = char.codePointAt(0) ?? 0;
  return code === 0x20 ? phrase('url.space') : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Resolves a video URL against the URL of its pack.json and returns the absolute URL to load,
 * or null unless it is https, or http to a loopback host. Checked on the result, not on the
 * input, so that a relative URL cannot reach another scheme (a pack read from file: or data:)
 * and so that whatever the URL parser normalises ("HTTPS://", "http://0x7f.1/") is judged as
 * the browser will load it. URLs carrying a user name or password are refused too: they are a
 * classic way to make "https://localhost@evil.example/" read as something it is not.
 */
export function resolveVideoUrl(url: string, packUrl: string): string | null {
  let resolved: URL;
  try {
    resolved = new URL(url, packUrl);
  } catch {
    return null;
  }
  if (resolved.username !== '' || resolved.password !== '') return null;
  if (resolved.protocol === 'https:') return resolved.href;
  if (resolved.protocol === 'http:' && isLoopbackHost(resolved.hostname)) return resolved.href;
  return null;
}
