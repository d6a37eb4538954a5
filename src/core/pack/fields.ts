/**
 * Building blocks of the pack validator: one checker per kind of field (plain text, patterned
 * text, whole number, positive number, list) and the walk over an object's fields. Each reports
 * at most one problem per value, the most basic one first (wrong type before wrong length), so
 * that a contributor fixes one thing at a time.
 */
import { FORBIDDEN_IN_BLOCK, FORBIDDEN_IN_LINE } from './patterns';
import { codePointLength, describeValue, isJsonObject, longerThan, quote, type JsonObject, type JsonPath, type ProblemList } from './problems';
import type { Phrase } from './wording';

export type Check = (value: unknown, path: JsonPath, problems: ProblemList) => void;

export interface FieldSpec {
  required: boolean;
  check: Check;
  /** What the field is for, said when it is missing. */
  purpose?: Phrase;
}

export type FieldTable = Readonly<Record<string, FieldSpec>>;

/** Fields a publisher may add for their own tools; readers ignore them. */
const EXTENSION_FIELD = /^x-/;

/** Checks the fields of an object against a table: missing required fields, then each present field. */
export function checkFields(object: JsonObject, path: JsonPath, table: FieldTable, problems: ProblemList): void {
  checkFieldList(object, path, Object.entries(table), problems);
}

/** checkFields with the table already listed: it runs for each of 100,000 entries and their videos. */
function checkFieldList(object: JsonObject, path: JsonPath, fields: ReadonlyArray<[string, FieldSpec]>, problems: ProblemList): void {
  for (const [key, spec] of fields) {
    if (!Object.hasOwn(object, key)) {
      if (spec.required) problems.add(path.child(key), spec.purpose ? 'field.missing_for' : 'field.missing', spec.purpose && { purpose: spec.purpose });
      continue;
    }
    spec.check(object[key], path.child(key), problems);
  }
}

/**
 * Reports the fields of an object that none of the tables know and that do not start with "x-".
 * They are errors, not silently dropped, because they are mostly typos — "license" for
 * "licence", "definiton" — whose content would otherwise vanish without a word.
 */
export function checkUnknownFields(object: JsonObject, path: JsonPath, known: readonly string[], problems: ProblemList): void {
  for (const key of Object.keys(object)) {
    if (known.includes(key) || EXTENSION_FIELD.test(key)) continue;
    const guess = closestName(key, known);
    problems.add(path.child(key), guess ? 'field.unknown_guess' : 'field.unknown', guess ? { guess } : undefined);
  }
}

/** A known name at most two edits away (or differing only in case), for "did you mean". */
function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Free text shown to readers: trimmed, not empty, no control characters, at most maxLength. */
export function plainText(options: { maxLength: number; multiline?: boolean }): Check {
  const forbidden = options.multiline ? FORBIDDEN_IN_BLOCK : FORBIDDEN_IN_LINE;
  return (value, path, problems) => {
    if (typeof value !== 'string') return problems.add(path, 'text.type', { value: describeValue(value) });
    const trimmed = value.trim();
    if (trimmed === '') return problems.add(path, 'text.empty');
    if (value !== trimmed) return problems.add(path, 'text.spaces', { text: quote(value) });
    if (longerThan(value, options.maxLength)) {
      return problems.add(path, 'text.too_long', { max: options.maxLength });
    }
    const bad = forbidden.exec(value);
    if (bad) {
      const code = bad[0].codePointAt(0) ?? 0;
      const where = codePointLength(value.slice(0, bad.index)) + 1;
      const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      const lineBreak = !options.multiline && code === 0x0a;
      problems.add(path, lineBreak ? 'text.line_break' : 'text.control', { character: name, position: where });
    }
  };
}

/** Text that must match a pattern (ids, language tags, MIME types); `expected` says what is wanted. */
export function patternText(options: { maxLength: number; pattern: RegExp; expected: Phrase }): Check {
  return (value, path, problems) => {
    if (typeof value !== 'string') {
      return problems.add(path, 'pattern.type', { expected: options.expected, value: describeValue(value) });
    }
    if (longerThan(value, options.maxLength)) {
      return problems.add(path, 'text.too_long', { max: options.maxLength });
    }
    if (!options.pattern.test(value)) problems.add(path, 'pattern.mismatch', { expected: options.expected, text: quote(value) });
  };
}

/** A whole number within [min, max]. */
export function wholeNumber(options: { min: number; max: number; unit: Phrase }): Check {
  return (value, path, problems) => {
    const ok = typeof value === 'number' && Number.isInteger(value) && value >= options.min && value <= options.max;
    if (!ok) {
      problems.add(path, 'number.whole', { unit: options.unit, min: options.min, max: options.max, value: describeValue(value) });
    }
  };
}

/** A number above zero, at most max. */
export function positiveNumber(options: { max: number; unit: Phrase }): Check {
  return (value, path, problems) => {
    const ok = typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= options.max;
    if (!ok) {
      problems.add(path, 'number.positive', { unit: options.unit, max: options.max, value: describeValue(value) });
    }
  };
}

/** A list of min–max items, each checked; `unique` reports an item written twice. */
export function list(options: { min: number; max: number; items: Phrase; item: Check; unique?: boolean; tooManyHint?: Phrase }): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return problems.add(path, 'list.type', { items: options.items, value: describeValue(value) });
    if (value.length < options.min) {
      if (options.min === 1) problems.add(path, 'list.empty_one');
      else problems.add(path, 'list.empty', { min: options.min });
    } else if (value.length > options.max) {
      const tooMany = { count: value.length, items: options.items, max: options.max };
      if (options.tooManyHint) problems.add(path, 'list.too_many_hint', { ...tooMany, hint: options.tooManyHint });
      else problems.add(path, 'list.too_many', tooMany);
    }
    value.forEach((item, index) => options.item(item, path.child(index), problems));
    if (options.unique) reportRepeats(value, path, problems);
  };
}

/** Reports text items written twice, at the list's path as JSON Schema's uniqueItems does. */
function reportRepeats(items: unknown[], path: JsonPath, problems: ProblemList): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    if (typeof item !== 'string') return;
    const first = firstIndex.get(item);
    if (first === undefined) firstIndex.set(item, index);
    else problems.add(path, 'list.repeat', { text: quote(item), first, index });
  });
}

/** An object whose fields follow a table. */
export function object(options: { what: Phrase; table: FieldTable }): Check {
  const known = Object.keys(options.table);
  const fields = Object.entries(options.table);
  return (value, path, problems) => {
    if (!isJsonObject(value)) return problems.add(path, 'object.type', { what: options.what, value: describeValue(value) });
    checkFieldList(value, path, fields, problems);
    checkUnknownFields(value, path, known, problems);
  };
}
