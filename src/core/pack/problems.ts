/**
 * Collecting validation problems: JSON paths, a cap on how many are listed, and wording for
 * values a contributor typed. A broken generator can produce a problem per entry (100,000 of
 * them); listing the first hundred and counting the rest keeps the report readable and small.
 */
import type { PackProblem } from './types';
import { english, phrase, type Param, type Phrase, type ProblemCode } from './wording';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Where a value sits in the pack: `$.entries[3].videos[0].url`. Built as a chain and spelled
 * out only for a problem actually listed, because a 100,000-entry pack has over a million
 * values and spelling each path took longer than checking the values.
 */
export class JsonPath {
  static readonly root = new JsonPath(undefined, '$');

  private constructor(
    private readonly parent: JsonPath | undefined,
    private readonly key: string | number,
  ) {}

  child(key: string | number): JsonPath {
    return new JsonPath(this, key);
  }

  toString(): string {
    if (this.parent === undefined) return String(this.key);
    const parent = this.parent.toString();
    if (typeof this.key === 'number') return `${parent}[${this.key}]`;
    // Keys that are not identifiers ("entry list") are written as JSON strings in brackets.
    return IDENTIFIER.test(this.key) ? `${parent}.${this.key}` : `${parent}[${JSON.stringify(this.key)}]`;
  }
}

export class ProblemList {
  private readonly listed: PackProblem[] = [];
  private unlisted = 0;

  constructor(private readonly cap: number) {}

  /** A problem by code; its English text is written only when it is listed. */
  add(path: JsonPath, code: ProblemCode, params?: Readonly<Record<string, Param>>): void {
    if (this.listed.length >= this.cap) this.unlisted += 1;
    else this.listed.push(problemAt(path.toString(), phrase(code, params)));
  }

  /** A problem in English only, for tools that speak nothing else (the pack command's file checks). */
  addEnglish(path: JsonPath, message: string): void {
    if (this.listed.length < this.cap) this.listed.push({ path: path.toString(), message });
    else this.unlisted += 1;
  }

  get count(): number {
    return this.listed.length + this.unlisted;
  }

  /** The listed problems, followed by one "…and N more" line when some were only counted. */
  toArray(): PackProblem[] {
    if (this.unlisted === 0) return [...this.listed];
    return [...this.listed, problemAt('$', phrase(this.unlisted === 1 ? 'more.one' : 'more.other', { count: this.unlisted }))];
  }
}

/** The problem of a phrase: its code and parameters, and its English text. */
export function problemAt(path: string, said: Phrase): PackProblem {
  const problem: PackProblem = { path, message: english(said), code: said.code };
  if (said.params) problem.params = said.params;
  return problem;
}

/** Whether a problem is the closing "…and N more problems" line; its count then. */
export function unlistedCount(problem: PackProblem): number | undefined {
  if (problem.code !== 'more.one' && problem.code !== 'more.other') return undefined;
  return Number(problem.params?.count);
}

export type JsonObject = Record<string, unknown>;

/** A JSON object ({…}): not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names what a contributor wrote, in words: `a number (42)`, `an array`, `text "abc"`. */
export function describeValue(value: unknown): Phrase {
  if (value === null) return phrase('value.null');
  if (value === undefined) return phrase('value.nothing');
  if (Array.isArray(value)) return phrase('value.array');
  switch (typeof value) {
    case 'string':
      return phrase('value.text', { text: quote(value) });
    case 'number':
      return phrase('value.number', { number: value });
    case 'boolean':
      return phrase('value.boolean', { value: String(value) });
    case 'object':
      return phrase('value.object');
    default:
      return phrase('value.other', { type: typeof value });
  }
}

/** Quotes a contributor's text for a message, shortened so one huge value cannot flood the report. */
export function quote(text: string, max = 60): string {
  const chars = [...text];
  return JSON.stringify(chars.length > max ? `${chars.slice(0, max).join('')}…` : text);
}

/** Counted in code points like JSON Schema, but only when UTF-16 units (never fewer) exceed the limit: the common case costs nothing. */
export function longerThan(text: string, maxLength: number): boolean {
  return text.length > maxLength && codePointLength(text) > maxLength;
}

/** The length of a string in code points, as JSON Schema's minLength/maxLength count it. */
export function codePointLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    length += 1;
  }
  return length;
}
