/**
 * Reading a SPARQL JSON answer from Lingua Libre, which is outside bytes like any pack: its shape
 * is checked, each binding is checked, and only plain values come out. A binding that is wrong
 * (a word with control characters, a file that is not a Commons video) is left out and counted
 * rather than failing the whole answer: a live, crowd-sourced base always holds a few odd
 * records, and one of them must not take away the other 750 signs. An answer of the wrong
 * shape, or with no usable record at all, is refused as a whole.
 */
import { FORBIDDEN_IN_LINE } from '../pack/patterns';
import { MAX_LENGTH } from '../pack/limits';
import { fileNameFromFilePath } from './commons';
import { MAX_RECORDS } from './query';

export interface LinguaLibreRecord {
  /** The written word, trimmed, in NFC. */
  word: string;
  /** Commons file name, spaces as "_". */
  file: string;
  /** The speaker's label, when the record names one. */
  speaker?: string;
}

export type AnswerResult = { ok: true; records: LinguaLibreRecord[]; skipped: number } | { ok: false; code: AnswerProblem; reason: string };

/**
 * Why an answer cannot be used: a stable code the extension words in its UI's language
 * (bg_ll_reason_<code> in _locales), and `reason`, the same in English for logs and tools.
 */
export type AnswerProblem = 'not_results' | 'too_many' | 'no_record' | 'none_usable';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readRecordsAnswer(json: unknown): AnswerResult {
  if (!isObject(json) || !isObject(json.results) || !Array.isArray(json.results.bindings)) {
    return { ok: false, code: 'not_results', reason: 'the answer is not SPARQL JSON results ({"results": {"bindings": […]}})' };
  }
  const bindings: unknown[] = json.results.bindings;
  if (bindings.length > MAX_RECORDS) return { ok: false, code: 'too_many', reason: `the answer lists more than ${MAX_RECORDS} records` };
  const records: LinguaLibreRecord[] = [];
  let skipped = 0;
  for (const binding of bindings) {
    const record = readBinding(binding);
    if (record) records.push(record);
    else skipped += 1;
  }
  if (records.length === 0) {
    if (bindings.length === 0) return { ok: false, code: 'no_record', reason: 'the answer lists no record' };
    return { ok: false, code: 'none_usable', reason: 'none of the records in the answer can be used' };
  }
  return { ok: true, records, skipped };
}

function readBinding(binding: unknown): LinguaLibreRecord | null {
  if (!isObject(binding)) return null;
  const word = text(literal(binding.word), MAX_LENGTH.form);
  const uri = term(binding.filename, 'uri');
  const file = uri === null ? null : fileNameFromFilePath(uri);
  if (word === null || file === null) return null;
  const record: LinguaLibreRecord = { word, file };
  // A speaker without a usable label is only a missing credit line, not a reason to drop the sign.
  const speaker = text(literal(binding.speaker), MAX_LENGTH.signer);
  if (speaker !== null) record.speaker = speaker;
  return record;
}

/** The value of an RDF term of the given type ({ "type": "uri", "value": … }), or null. */
function term(value: unknown, type: 'uri' | 'literal'): string | null {
  if (!isObject(value) || typeof value.value !== 'string') return null;
  // Blazegraph writes plain literals as "literal", older servers as "typed-literal".
  const ok = type === 'uri' ? value.type === 'uri' : value.type === 'literal' || value.type === 'typed-literal';
  return ok ? value.value : null;
}

function literal(value: unknown): string | null {
  return term(value, 'literal');
}

/** One line of plain text, as packs require of their text fields: trimmed, not empty, no control characters. */
function text(value: string | null, maxLength: number): string | null {
  if (value === null) return null;
  const trimmed = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (trimmed === '' || [...trimmed].length > maxLength || FORBIDDEN_IN_LINE.test(trimmed)) return null;
  return trimmed;
}
