import type { Match } from '../core/match';
import { blockOf, type TextRun } from './text-runs';

/**
 * A scanned run that has matches: its text nodes and where each starts, its matches, and the
 * marks painted for them while its block is near the viewport. The run's text itself is not
 * kept (on wikipedia-2 it was most of the 2.8 MB Signet's scan left in the page's heap).
 */
export interface RunRecord {
  nodes: Text[];
  /** Offset of each node's first character in the run's text. */
  starts: number[];
  block: Element;
  matches: Match[];
  /**
   * The marks, while painted (highlighter.ts), else null. StaticRanges, not live Ranges: the
   * browser updates every live Range of a document on each DOM mutation, so with thousands of
   * marks the page's own DOM work became hundreds of times slower (200 insertions and removals on
   * wikipedia-2 with 4,335 marks: 392 ms instead of 1.8 ms, `npm run bench`).
   */
  ranges: StaticRange[] | null;
}

export interface MatchHit {
  record: RunRecord;
  match: Match;
  /** A live Range over the match, made when asked for: the overlay follows it on scroll. */
  range: Range;
}

/** What the scan read in one block: its runs with matches, and how many words it holds in all. */
interface BlockRecord {
  records: RunRecord[];
  words: number;
}

export interface WordCounts {
  /** Words read on the page (text in form fields, code and Signet's own UI is not read). */
  words: number;
  /** Of those, words inside a mark: an expression of three words counts three. */
  signedWords: number;
  /** Marks on the page: an expression counts once. */
  marks: number;
}

/**
 * What the scan found, by block: the matches under a text position, found by reading the DOM
 * only (a text node's block, then its run among the block's, whose matches are sorted by offset),
 * and the words counted per block, so that a block read again after a change replaces its count.
 */
export class RunIndex {
  private byBlock = new Map<Element, BlockRecord>();
  /** Matches held, kept as they come and go: counts() walks every block, this costs nothing. */
  private held = 0;

  get markCount(): number {
    return this.held;
  }

  /** A run was read: `words` more words in its block; its record if it has matches. */
  add(run: TextRun, words: number, matches: Match[]): RunRecord | null {
    let block = this.byBlock.get(run.block);
    if (!block) this.byBlock.set(run.block, (block = { records: [], words: 0 }));
    block.words += words;
    if (matches.length === 0) return null;
    const { nodes, starts } = nodesUnderMatches(run, matches);
    const record: RunRecord = { nodes, starts, block: run.block, matches, ranges: null };
    block.records.push(record);
    this.held += matches.length;
    return record;
  }

  /**
   * Removes and returns the records of runs inside any of `containers` (or whose nodes left the
   * page). One pass over the blocks whatever the number of containers: with many of them (the
   * marked blocks, read again after a dictionary change) each block looks up its ancestors in
   * a set instead of asking every container.
   */
  takeWithin(containers: readonly Node[]): RunRecord[] {
    return this.takeBlocks(this.blocksWithin(containers));
  }

  /** The blocks read inside any of `containers`, and those no longer in the page. */
  blocksWithin(containers: readonly Node[]): Set<Element> {
    const set = containers.length > 1 ? new Set(containers) : null;
    const within = (block: Element) => (set ? hasInclusiveAncestorIn(block, set) : containers[0]?.contains(block) === true);
    const found = new Set<Element>();
    for (const block of this.byBlock.keys()) if (within(block) || !block.isConnected) found.add(block);
    return found;
  }

  /**
   * Removes and returns the records of the blocks no longer in the page, as soon as the page took
   * them out: a single-page app that swaps its content keeps no record of the pages it left (their
   * text nodes and blocks would stay alive through them). One pass over the blocks held, as a
   * rescan's blocksWithin makes.
   */
  takeDisconnected(): RunRecord[] {
    const gone: Element[] = [];
    for (const block of this.byBlock.keys()) if (!block.isConnected) gone.push(block);
    return gone.length > 0 ? this.takeBlocks(gone) : [];
  }

  /** What the index holds (blocks read, runs with matches, their text nodes, matches), for the test build's memory check. */
  heldCounts(): { blocks: number; runs: number; nodes: number; matches: number } {
    let runs = 0;
    let nodes = 0;
    for (const { records } of this.byBlock.values()) {
      runs += records.length;
      for (const record of records) nodes += record.nodes.length;
    }
    return { blocks: this.byBlock.size, runs, nodes, matches: this.held };
  }

  /** Removes and returns the records of these blocks. */
  takeBlocks(blocks: Iterable<Element>): RunRecord[] {
    const taken: RunRecord[] = [];
    for (const block of blocks) {
      const found = this.byBlock.get(block);
      if (found) this.takeBlock(block, found.records, taken);
    }
    return taken;
  }

  /** The blocks that hold marks. */
  markedBlocks(): Element[] {
    const marked: Element[] = [];
    for (const [block, { records }] of this.byBlock) if (records.length > 0) marked.push(block);
    return marked;
  }

  private takeBlock(block: Element, records: readonly RunRecord[], taken: RunRecord[]): void {
    this.byBlock.delete(block);
    for (const record of records) {
      this.held -= record.matches.length;
      taken.push(record);
    }
  }

  /**
   * The match at `offset` in `node`. The node's block is found as the scan found it, and the node
   * among that block's few records: a map from every kept text node to its record was the
   * largest thing Signet left in a page's heap (wikipedia-2: 10,700 entries, `npm run bench` P3).
   */
  hitAt(node: Text, offset: number): MatchHit | null {
    const parent = node.parentElement;
    if (!parent) return null;
    const block = this.byBlock.get(blockOf(parent) ?? parent);
    if (!block) return null;
    let record: RunRecord | undefined;
    let nodeIndex = -1;
    for (const candidate of block.records) {
      nodeIndex = candidate.nodes.indexOf(node);
      if (nodeIndex >= 0) {
        record = candidate;
        break;
      }
    }
    if (!record) return null;
    const at = record.starts[nodeIndex]! + offset;
    const i = matchIndexAt(record.matches, at);
    if (i < 0) return null;
    const match = record.matches[i]!;
    try {
      return { record, match, range: liveRange(rangeForOffsets(record, match.start, match.end)) };
    } catch {
      return null; // The text changed under the pointer: the mutation rescan is on its way.
    }
  }

  /** The runs with matches still in the page, in no particular order (scan order: visible text first). */
  records(): RunRecord[] {
    const records: RunRecord[] = [];
    for (const [block, record] of this.byBlock) if (block.isConnected) records.push(...record.records);
    return records;
  }

  /** A hit over one of a record's matches, as hitAt gives; null when its text changed meanwhile. */
  hitFor(record: RunRecord, match: Match): MatchHit | null {
    try {
      return { record, match, range: liveRange(rangeForOffsets(record, match.start, match.end)) };
    } catch {
      return null;
    }
  }

  /** The page's counts for the popup, over the blocks still in the page. */
  counts(): WordCounts {
    let words = 0;
    let signedWords = 0;
    let marks = 0;
    for (const [block, record] of this.byBlock) {
      if (!block.isConnected) continue;
      words += record.words;
      for (const { matches } of record.records) {
        marks += matches.length;
        for (const match of matches) signedWords += match.tokenEnd - match.tokenStart;
      }
    }
    return { words, signedWords, marks };
  }
}

/**
 * The run's text nodes that some match covers part of, with their starts: the others can hold no
 * hit and bound no mark, and keeping them kept their wrappers alive in the page's heap
 * (wikipedia-2: a paragraph with a match is a run of dozens of links and their text). Matches
 * are sorted and never overlap, so one pass over both lists; nodeAt finds the same node for any
 * offset inside a match with the others left out.
 */
export function nodesUnderMatches(run: Pick<TextRun, 'nodes' | 'starts' | 'text'>, matches: readonly Match[]): { nodes: Text[]; starts: number[] } {
  const count = run.nodes.length;
  if (count === 1) return run;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let m = 0;
  for (let k = 0; k < count && m < matches.length; k++) {
    const start = run.starts[k]!;
    const end = k + 1 < count ? run.starts[k + 1]! : run.text.length;
    while (m < matches.length && matches[m]!.end <= start) m++;
    if (m < matches.length && matches[m]!.start < end && end > start) {
      nodes.push(run.nodes[k]!);
      starts.push(start);
    }
  }
  return nodes.length === count ? run : { nodes, starts };
}

function hasInclusiveAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let up: Node | null = node; up; up = up.parentNode) if (set.has(up)) return true;
  return false;
}

/** Binary search over matches sorted by start: the one with start <= at < end, or -1. */
function matchIndexAt(matches: readonly Match[], at: number): number {
  let lo = 0;
  let hi = matches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = matches[mid]!;
    if (at < m.start) hi = mid - 1;
    else if (at >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * A StaticRange over run offsets [start, end), mapped back to the run's text nodes. Throws when
 * a node's text got shorter since it was read, as Range.setEnd would (a StaticRange does not
 * check): the mutation rescan redoes that run.
 */
export function rangeForOffsets(run: Pick<TextRun, 'nodes' | 'starts'>, start: number, end: number): StaticRange {
  const a = nodeAt(run, start, false);
  const b = nodeAt(run, end, true);
  const startContainer = run.nodes[a]!;
  const endContainer = run.nodes[b]!;
  const startOffset = start - run.starts[a]!;
  const endOffset = end - run.starts[b]!;
  if (startOffset > startContainer.length || endOffset > endContainer.length) throw new RangeError('The text changed since it was read.');
  return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
}

/** A live Range with the same boundaries. */
function liveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/** Index of the node holding offset `at`; for an end offset, the node the offset closes. */
function nodeAt(run: Pick<TextRun, 'starts'>, at: number, isEnd: boolean): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = run.starts[mid]!;
    if (s < at || (!isEnd && s === at)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
