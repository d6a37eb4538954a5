/**
 * The English wording of every problem the pack validator reports, one template per stable code.
 * A problem carries its code and parameters as well as this English text, so that the pack
 * command prints English while the extension words the same problem in its UI's language: each
 * code has a message "pack_<code with _ for .>" in _locales/<lang>/messages.json, and the English
 * one is this very template (tests/unit/pack-wording.test.ts checks both).
 *
 * Templates use the placeholders of messages.json ($NAME$, for the parameter "name"), so that the
 * English here and in _locales are the same string. A parameter is a value the contributor wrote
 * or a number (passed through as is), or a phrase: another code with its own parameters
 * ("a number (42)", "in pixels"), worded in the same language as the sentence around it.
 * No template holds a "$" of its own (JSON paths are parameters): getMessage would read it.
 */
export const ENGLISH = {
  // What a contributor wrote, in words (describeValue).
  'value.null': 'null',
  'value.nothing': 'nothing',
  'value.array': 'an array',
  'value.text': 'text $TEXT$',
  'value.number': 'a number ($NUMBER$)',
  'value.boolean': '$VALUE$',
  'value.object': 'an object',
  'value.other': 'a $TYPE$',
  'more.one': '…and $COUNT$ more problem',
  'more.other': '…and $COUNT$ more problems',

  // Fields and values (fields.ts).
  'field.missing': 'required field is missing',
  'field.missing_for': 'required field is missing ($PURPOSE$)',
  'field.unknown': 'unknown field; fields of your own must start with "x-"',
  'field.unknown_guess': 'unknown field (did you mean "$GUESS$"?); fields of your own must start with "x-"',
  'text.type': 'must be text, but is $VALUE$',
  'text.empty': 'is empty (or only spaces)',
  'text.spaces': 'starts or ends with spaces: $TEXT$; remove them',
  'text.too_long': 'is longer than $MAX$ characters',
  'text.control': 'contains the control character $CHARACTER$ at position $POSITION$; packs hold plain text only',
  'text.line_break': 'contains the control character $CHARACTER$ (a line break: this field is one line) at position $POSITION$; packs hold plain text only',
  'pattern.type': 'must be $EXPECTED$, but is $VALUE$',
  'pattern.mismatch': 'must be $EXPECTED$, but is $TEXT$',
  'number.whole': 'must be a whole number of $UNIT$ from $MIN$ to $MAX$, but is $VALUE$',
  'number.positive': 'must be a number of $UNIT$ above 0 and at most $MAX$, but is $VALUE$',
  'list.type': 'must be a list [ … ] of $ITEMS$, but is $VALUE$',
  'list.empty_one': 'is an empty list; it needs at least one item',
  'list.empty': 'is an empty list; it needs at least $MIN$ items',
  'list.too_many': 'has $COUNT$ $ITEMS$; the most allowed is $MAX$',
  'list.too_many_hint': 'has $COUNT$ $ITEMS$; the most allowed is $MAX$ ($HINT$)',
  'list.repeat': 'lists $TEXT$ twice (items $FIRST$ and $INDEX$); keep one',
  'object.type': 'must be $WHAT$ ({ … }), but is $VALUE$',

  // Words the checks above are given by the field tables (validate.ts).
  'unit.pixels': 'pixels',
  'unit.seconds': 'seconds',
  'unit.entries': 'entries',
  'items.forms': 'forms',
  'items.videos': 'videos',
  'items.entries': 'entries',
  'items.shards': 'shards',
  'what.video': 'a video',
  'what.entry': 'an entry',
  'what.shard': 'a shard ({ "url": …, "entries": … })',
  'hint.shards': 'split a larger dictionary into shards',
  'expected.video_type': 'a video MIME type such as "video/webm" or "video/mp4"',
  'expected.entry_id': 'an id of ASCII letters, digits, ".", "_" or "-" (starting with a letter or digit)',
  'expected.pack_id': 'an id of lower-case ASCII letters, digits, ".", "_" or "-" (starting with a letter or digit)',
  'expected.version': 'a version such as "1.0.0" or "2024.05" (letters, digits, ".", "+", "-")',
  'expected.language_tag': 'a BCP 47 language tag such as "fsl" (LSF), "ase" (ASL) or "fr"',
  'expected.sha256': 'a SHA-256 digest: 64 lower-case hexadecimal digits',
  'expected.homepage': 'an http:// or https:// address without spaces',
  'purpose.video_url': 'where the video is, relative to pack.json: "videos/chapeau.webm"',
  'purpose.video_type': 'its MIME type: "video/webm" or "video/mp4"',
  'purpose.pixels': 'in pixels',
  'purpose.seconds': 'in seconds',
  'purpose.entry_id': 'unique within the pack, e.g. "chapeau"',
  'purpose.forms': 'the written words this sign is for, e.g. ["chapeau"]',
  'purpose.videos': 'at least one video of the sign',
  'purpose.format': 'a Signet pack starts with "format": "$FORMAT$"',
  'purpose.shard_format': 'a shard starts with "format": "$FORMAT$"',
  'purpose.format_version': '"formatVersion": $VERSION$',
  'purpose.shard_url': 'where the shard file is, relative to pack.json: "shards/a.json"',
  'purpose.shard_entries': 'how many entries the shard holds',
  'purpose.shard_body': 'the signs of this shard',
  'purpose.pack_id': 'a short lower-case id such as "lsf-elix"',
  'purpose.name': 'the name readers see',
  'purpose.version': 'e.g. "1.0.0"; change it with every release',
  'purpose.sign_language': 'BCP 47 tag: "fsl" for LSF, "ase" for ASL, "bfi" for BSL',
  'purpose.spoken_language': 'BCP 47 tag of the written forms: "fr", "en"',
  'purpose.licence': 'e.g. "CC-BY-SA-4.0"',
  'purpose.attribution': 'the credit shown under every video',

  // Whole-pack rules (validate.ts).
  'url.type': 'must be text (a URL), but is $VALUE$',
  'format.shard': 'is "$FORMAT$": this is one shard of a large pack; give the address of its pack.json instead',
  'format.wrong': 'must be "$FORMAT$", but is $VALUE$: is this file a Signet pack?',
  'format.wrong_shard': 'must be "$FORMAT$", but is $VALUE$: is this file a shard of a Signet pack?',
  'format_version.newer': 'is $VERSION$, but this version of Signet reads format version $SUPPORTED$ only; update Signet',
  'format_version.wrong': 'must be the number $SUPPORTED$, but is $VALUE$',
  'pack.not_object': 'a pack must be a JSON object ({ "format": "$FORMAT$", … }), but this is $VALUE$',
  'shard.not_object': 'a shard must be a JSON object ({ "format": "$FORMAT$", … }), but this is $VALUE$',
  'pack.entries_missing': 'required field is missing (the list of signs; a large dictionary lists "shards" instead)',
  'pack.entries_and_shards': 'has both "entries" and "shards"; a pack lists its entries in one or the other',
  'shards.repeat': 'repeats the shard $URL$ of $FIRST$',
  'shards.too_many_entries': 'hold $TOTAL$ entries in all; the most a pack may hold is $MAX$',
  'entries.repeat_id': 'repeats the id $ID$ of $FIRST$; ids must be unique within a pack',
  /** Across the shards of a pack, found as the background reads them. */
  'entries.repeat_id_in_part': 'repeats the id $ID$ of the part “$PART$”; ids must be unique within a pack',

  // Video URLs (urls.ts; the last one from the background, on the resolved address).
  'url.empty': 'is empty; use a path relative to pack.json (e.g. "videos/chapeau.webm") or an https:// URL',
  'url.scheme_case': 'write the scheme in lower case ("$SCHEME$:")',
  'url.scheme': '"$SCHEME$:" URLs are not allowed; use a path relative to pack.json (e.g. "videos/chapeau.webm") or an https:// URL',
  'url.protocol_relative': 'protocol-relative URLs ("//host/…") are not allowed; write "https://host/…" or a relative path',
  'url.percent': 'has a "%" at position $POSITION$ that does not start an escape like %20; write a literal "%" as %25',
  'url.backslash': 'contains a backslash at position $POSITION$; use "/" between folders',
  'url.encode': 'contains $CHARACTER$ at position $POSITION$, which must be percent-encoded (a space is %20, "é" is %C3%A9)',
  'url.space': 'a space',
  'url.http_remote': 'http:// is only allowed for 127.0.0.1, localhost or [::1] (testing on this computer); use https://',
  'url.https_invalid': 'is not a valid https:// URL (expected https://host/path, with an ASCII host name and no user name)',
  'url.unusable': 'this video address cannot be used (it must be relative to pack.json, or start with https://)',
} as const;

export type ProblemCode = keyof typeof ENGLISH;

/** A parameter: text or a number passed through as written, or a phrase worded in the reader's language. */
export type Param = string | number | Phrase;

export interface Phrase {
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, Param>>;
}

const PLACEHOLDER = /\$([A-Za-z0-9_]+)\$/g;

export function phrase(code: ProblemCode, params?: Readonly<Record<string, Param>>): Phrase {
  return params ? { code, params } : { code };
}

/** The parameter names of a code, in the order of the English template: the order of getMessage's $1…$9. */
export function paramNames(code: ProblemCode): string[] {
  return [...new Set([...ENGLISH[code].matchAll(PLACEHOLDER)].map((match) => match[1]!.toLowerCase()))];
}

/** The key of a code's message in _locales: "field.missing_for" → "pack_field_missing_for". */
export function localeKey(code: ProblemCode): string {
  return `pack_${code.replace(/\./g, '_')}`;
}

/** The English text of a phrase, its phrase parameters worded first; values are inserted once, never read again. */
export function english(said: Phrase): string {
  return ENGLISH[said.code].replace(PLACEHOLDER, (_whole, name: string) => paramText(said.params?.[name.toLowerCase()]));
}

function paramText(value: Param | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'object' ? english(value) : String(value);
}
