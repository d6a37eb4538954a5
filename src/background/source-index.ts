/**
 * The keys of one source, in a form that IndexedDB stores and reads back as one record: sorted
 * keys in one string, and typed arrays of offsets into lists of entry numbers, continuations and
 * accent-folded spellings. Reading it is one structured clone of a few large values, where
 * rebuilding it meant reading every entry back and tokenizing every form again (200,000 entries:
 * 1,775 ms for the first lookup after a worker start). Lookups find keys through a hash table stored with them.
 *
 * The record names the parts it was built from (partsKey): a record of other parts (an update
 * switched them, a build was cut) is not used, and the index is built again from the entries.
 */
import type { Continuation } from '../common/messages';
import { buildFoldedIndex } from '../core/resolve';
import { formTokens, phraseKey } from '../core/text/normalise';
import type { PartRef, StoredEntry } from './store';

/** Bumped whenever the layout or what goes into it changes: records of another format are built again. */
export const INDEX_FORMAT = 3;

/** The key of a form of one word. */
export const SINGLE = 1;
/** A word of an expression (its head or another of its words). */
export const TOKEN = 2;

/** What is stored under ["index", sourceId]. Arrays of offsets have one more item than their table. */
export interface IndexRecord {
  format: number;
  partsKey: string;
  /** Every key, sorted (the record is the same for the same parts), end to end; key i is keys[keyStart[i] … keyStart[i+1]). */
  keys: string;
  keyStart: Uint32Array;
  /** Open-addressing hash table of the keys (see PackedStrings): slot → key number + 1, 0 when empty. */
  keySlots: Uint32Array;
  flags: Uint8Array;
  /** Entries of key i: entryList[entryStart[i] … entryStart[i+1]), numbers in the source's entries. */
  entryStart: Uint32Array;
  entryList: Uint32Array;
  /** Expressions key i starts, in pack order: key numbers. */
  contStart: Uint32Array;
  contList: Uint32Array;
  /** Accent-folded spellings that differ from their keys, sorted, end to end as keys are; their keys in first-seen order. */
  folded: string;
  foldedStart: Uint32Array;
  foldedSlots: Uint32Array;
  foldStart: Uint32Array;
  foldList: Uint32Array;
  entryCount: number;
  /** Keys that have entries: none means the source answers nothing. */
  keyedCount: number;
}

/** What an index record must match to answer for a source: its parts and its written language. */
export function partsKeyOf(parts: readonly PartRef[], lang: string): string {
  return `${lang}\n${parts.map((part) => part.id).join(',')}`;
}

interface KeyInfo {
  flags: number;
  entries: number[];
  /** Phrase keys this key starts (only if it is a head). */
  conts: string[];
}

/** Builds the record of a source from its entries, as WordIndex once indexed them entry by entry. */
export function buildIndexRecord(entries: readonly StoredEntry[], lang: string, partsKey: string): IndexRecord {
  const infos = new Map<string, KeyInfo>();
  const info = (key: string): KeyInfo => {
    let found = infos.get(key);
    if (!found) infos.set(key, (found = { flags: 0, entries: [], conts: [] }));
    return found;
  };
  // The language's keys in first-seen order: the folded lists keep that order (candidates best first).
  const languageKeys = new Set<string>();
  entries.forEach((entry, number) => {
    for (const form of entry.forms) {
      const tokens = formTokens(form, lang);
      if (tokens.length === 0) continue;
      const key = phraseKey(tokens);
      const keyInfo = info(key);
      const isNewKey = keyInfo.entries.length === 0;
      // Two forms of one entry may normalise to the same key ("Chat", "chat"): list the entry once.
      if (keyInfo.entries.at(-1) !== number) keyInfo.entries.push(number);
      if (tokens.length === 1) {
        keyInfo.flags |= SINGLE;
        languageKeys.add(key);
        continue;
      }
      for (const token of tokens) {
        info(token).flags |= TOKEN;
        languageKeys.add(token);
      }
      // A key already seen has its continuation already (a common head like "de" may start thousands).
      if (isNewKey) info(tokens[0]!).conts.push(key);
    }
  });

  const keys = [...infos.keys()].sort();
  const numbers = new Map(keys.map((key, i) => [key, i]));
  const flags = new Uint8Array(keys.length);
  const entryStart = new Uint32Array(keys.length + 1);
  const contStart = new Uint32Array(keys.length + 1);
  const entryList: number[] = [];
  const contList: number[] = [];
  let keyedCount = 0;
  keys.forEach((key, i) => {
    const { flags: f, entries: list, conts } = infos.get(key)!;
    flags[i] = f;
    if (list.length > 0) keyedCount++;
    for (const n of list) entryList.push(n);
    for (const cont of conts) contList.push(numbers.get(cont)!);
    entryStart[i + 1] = entryList.length;
    contStart[i + 1] = contList.length;
  });

  const foldedMap = buildFoldedIndex(languageKeys);
  const foldedKeys = [...foldedMap.keys()].sort();
  const foldStart = new Uint32Array(foldedKeys.length + 1);
  const foldList: number[] = [];
  foldedKeys.forEach((folded, i) => {
    for (const key of foldedMap.get(folded)!) foldList.push(numbers.get(key)!);
    foldStart[i + 1] = foldList.length;
  });

  return {
    format: INDEX_FORMAT,
    partsKey,
    keys: keys.join(''),
    keyStart: offsetsOf(keys),
    keySlots: slotsOf(keys),
    flags,
    entryStart,
    entryList: Uint32Array.from(entryList),
    contStart,
    contList: Uint32Array.from(contList),
    folded: foldedKeys.join(''),
    foldedStart: offsetsOf(foldedKeys),
    foldedSlots: slotsOf(foldedKeys),
    foldStart,
    foldList: Uint32Array.from(foldList),
    entryCount: entries.length,
    keyedCount,
  };
}

/** FNV-1a over UTF-16 code units of joined[start … end). */
function hashOf(joined: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ joined.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A power of two at least 1.5 times the count, so that probes stay short. */
function slotsOf(strings: readonly string[]): Uint32Array {
  let size = 1;
  while (size < strings.length * 1.5) size *= 2;
  const slots = new Uint32Array(size);
  strings.forEach((string, i) => {
    let slot = hashOf(string, 0, string.length) & (size - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1);
    slots[slot] = i + 1;
  });
  return slots;
}

function offsetsOf(strings: readonly string[]): Uint32Array {
  const offsets = new Uint32Array(strings.length + 1);
  strings.forEach((string, i) => (offsets[i + 1] = offsets[i]! + string.length));
  return offsets;
}

/** Whether a stored value is a record this code reads, built from these parts. */
export function isUsableRecord(value: unknown, partsKey: string): value is IndexRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<IndexRecord>;
  return (
    record.format === INDEX_FORMAT &&
    record.partsKey === partsKey &&
    typeof record.keys === 'string' &&
    typeof record.folded === 'string' &&
    record.flags instanceof Uint8Array &&
    [record.keyStart, record.keySlots, record.entryStart, record.entryList, record.contStart, record.contList, record.foldedStart, record.foldedSlots, record.foldStart, record.foldList].every(
      (a) => a instanceof Uint32Array,
    ) &&
    record.keySlots!.length > record.flags.length &&
    record.foldedSlots!.length >= record.foldStart!.length &&
    [record.keyStart!, record.entryStart!, record.contStart!].every((a) => a.length === record.flags!.length + 1) &&
    record.keyStart!.at(-1) === record.keys.length &&
    record.foldedStart!.length === record.foldStart!.length &&
    record.foldedStart!.at(-1) === record.folded.length
  );
}

const NONE: readonly never[] = [];

/**
 * A table of strings laid end to end, found through a hash table stored beside them: a worker
 * start reads it without cutting 200,000 strings out of it, and a lookup compares one or two
 * keys (a binary search over the sorted keys made the resolver's many candidate checks 2× slower).
 */
class PackedStrings {
  private readonly mask: number;

  constructor(
    private readonly joined: string,
    private readonly starts: Uint32Array,
    private readonly slots: Uint32Array,
  ) {
    this.mask = slots.length - 1;
  }

  at(i: number): string {
    return this.joined.slice(this.starts[i]!, this.starts[i + 1]!);
  }

  /** Number of `key`, or -1. */
  search(key: string): number {
    const { joined, starts, slots, mask } = this;
    if (slots.length === 0) return -1;
    const length = key.length;
    for (let slot = hashOf(key, 0, length) & mask; ; slot = (slot + 1) & mask) {
      const found = slots[slot]!;
      if (found === 0) return -1;
      const i = found - 1;
      const start = starts[i]!;
      if (starts[i + 1]! - start !== length) continue;
      let c = 0;
      while (c < length && joined.charCodeAt(start + c) === key.charCodeAt(c)) c++;
      if (c === length) return i;
    }
  }
}

/** The questions WordIndex asks of one source's keys. */
export class KeyTable {
  private readonly keys: PackedStrings;
  private readonly foldedKeys: PackedStrings;

  constructor(readonly record: IndexRecord) {
    this.keys = new PackedStrings(record.keys, record.keyStart, record.keySlots);
    this.foldedKeys = new PackedStrings(record.folded, record.foldedStart, record.foldedSlots);
  }

  get isEmpty(): boolean {
    return this.record.keyedCount === 0;
  }

  /** A single word's key, or a word of an expression: what the language's resolution rules may return. */
  hasLanguageKey(key: string): boolean {
    const i = this.keys.search(key);
    return i >= 0 && (this.record.flags[i]! & (SINGLE | TOKEN)) !== 0;
  }

  /** SINGLE and TOKEN of this key (0 when no entry has it). */
  flagsOf(key: string): number {
    const i = this.keys.search(key);
    return i < 0 ? 0 : this.record.flags[i]!;
  }

  /** Numbers of the entries with this key, in pack order. */
  entriesOf(key: string): ArrayLike<number> {
    const i = this.keys.search(key);
    if (i < 0) return NONE;
    return this.record.entryList.subarray(this.record.entryStart[i]!, this.record.entryStart[i + 1]!);
  }

  /** The expressions `head` starts, in pack order (unsorted). */
  continuationsOf(head: string): Continuation[] {
    const i = this.keys.search(head);
    if (i < 0) return [];
    const { contStart, contList } = this.record;
    const found: Continuation[] = [];
    for (let c = contStart[i]!; c < contStart[i + 1]!; c++) {
      const key = this.keys.at(contList[c]!);
      found.push({ rest: key.split(' ').slice(1), key });
    }
    return found;
  }

  /** Keys whose folded spelling is `foldedKey`, in first-seen order (see KeyIndex.folded). */
  folded(foldedKey: string): readonly string[] {
    const i = this.foldedKeys.search(foldedKey);
    if (i < 0) return NONE;
    const { foldStart, foldList } = this.record;
    const found: string[] = [];
    for (let f = foldStart[i]!; f < foldStart[i + 1]!; f++) found.push(this.keys.at(foldList[f]!));
    return found;
  }
}
