/**
 * Regular expressions of pack format v1, as the source strings that schema/pack-v1.schema.json
 * also holds (tests/unit/pack-schema.test.ts checks they are identical, character for character).
 * They are compiled with the "u" flag because JSON Schema validators (ajv) do, so both sides
 * count code points and read `\p{…}`/surrogates the same way.
 */

/** A TCP port, 0–65535: spelled out so that a pattern alone rejects what URL parsing rejects. */
const PORT = String.raw`(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3}|0)`;
/** A DNS name or IPv4 address (ASCII: internationalised names are written in punycode), or an IPv6 literal. */
const HOST = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])`;

/**
 * Characters a pack's text must not contain: C0/C1 controls, line and paragraph separators,
 * bidirectional overrides and isolates (they can make a form display as another word), and lone
 * surrogates (not text at all). Text is always rendered as text; this keeps it visible and honest.
 */
const LINE_FORBIDDEN = String.raw`\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF`;
/** The same, but a definition may hold line feeds (U+000A). */
const BLOCK_FORBIDDEN = String.raw`\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF`;

export const PATTERN = {
  /** Pack ids are storage keys and appear in file names: lower-case ASCII. */
  packId: String.raw`^[a-z0-9][a-z0-9._-]*$`,
  /** Entry ids are keys too; no "/" or ":" so that "<pack id>/<entry id>" stays unambiguous. */
  entryId: String.raw`^[A-Za-z0-9][A-Za-z0-9._-]*$`,
  version: String.raw`^[0-9A-Za-z][0-9A-Za-z.+-]*$`,
  /** BCP 47 (RFC 5646) language tag: language[-extlang][-script][-region][-variant]*[-extension]*[-x-private]. */
  languageTag: String.raw`^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$`,
  /** A video MIME type, optionally with parameters: `video/webm; codecs="vp9"`. */
  videoType: String.raw`^video/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}(?:; ?[a-z0-9][a-z0-9_.-]*=(?:[A-Za-z0-9!#$&^_.+-]+|"[^"\\\u0000-\u001F\u007F]*"))*$`,
  /** One line of plain text. */
  textLine: `^[^${LINE_FORBIDDEN}]*$`,
  /** Plain text that may span lines. */
  textBlock: `^[^${BLOCK_FORBIDDEN}]*$`,
  /** Not empty, no spaces at either end (JavaScript's \s is the set String.prototype.trim removes). */
  trimmed: String.raw`^\S(?:[\s\S]*\S)?$`,
  /** Only URL characters (RFC 3986), every "%" starting an escape: spaces and "é" must be percent-encoded. */
  urlCharacters: String.raw`^(?:[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=-]|%[0-9A-Fa-f]{2})*$`,
  /** A relative reference: no scheme ("javascript:", "data:", …) and not protocol-relative ("//host"). */
  relativeUrl: String.raw`^(?![A-Za-z][A-Za-z0-9+.-]*:)(?!//)`,
  httpsUrl: `^https://${HOST}(?::${PORT})?(?:[/?#].*)?$`,
  /** Plain http only to this computer, for testing a pack served locally. */
  httpLoopbackUrl: String.raw`^http://(?:127\.0\.0\.1|localhost|\[::1\])` + `(?::${PORT})?(?:[/?#].*)?$`,
  /** A SHA-256 digest in lower-case hex, as `sha256sum` prints it. */
  sha256: String.raw`^[0-9a-f]{64}$`,
  /** A web page the reader opens in a tab: http or https, any host. */
  homepage: `^https?://${HOST}(?::${PORT})?(?:[/?#][^\\s${LINE_FORBIDDEN}]*)?$`,
} as const;

export type PatternName = keyof typeof PATTERN;

/** The compiled forms, built once. */
export const REGEX: { readonly [name in PatternName]: RegExp } = Object.fromEntries(Object.entries(PATTERN).map(([name, source]) => [name, new RegExp(source, 'u')])) as {
  [name in PatternName]: RegExp;
};

/** Matches one character forbidden in a line / in a block, to say which one and where. */
export const FORBIDDEN_IN_LINE = new RegExp(`[${LINE_FORBIDDEN}]`, 'u');
export const FORBIDDEN_IN_BLOCK = new RegExp(`[${BLOCK_FORBIDDEN}]`, 'u');

/** A scheme at the start of a URL ("https:", "javascript:"), as URL parsing would read it. */
export const URL_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
