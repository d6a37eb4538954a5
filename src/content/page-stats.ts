import type { RunIndex } from './run-index';

/**
 * How many words the scan read, per block, so that a block read again after a change replaces
 * its count instead of adding to it. Blocks without any signed word are counted too (the run
 * index only keeps blocks with matches), which is why this is a map of its own.
 */
export class WordTally {
  private readonly byBlock = new Map<Element, number>();

  add(block: Element, words: number): void {
    this.byBlock.set(block, (this.byBlock.get(block) ?? 0) + words);
  }

  /** Forgets the blocks inside `container` (about to be read again) and those gone from the page. */
  forgetWithin(container: Node): void {
    for (const block of this.byBlock.keys()) {
      if (container.contains(block) || !block.isConnected) this.byBlock.delete(block);
    }
  }

  total(): number {
    let sum = 0;
    for (const [block, words] of this.byBlock) if (block.isConnected) sum += words;
    return sum;
  }
}

export interface WordCounts {
  /** Words read on the page (text in form fields, code and Signet's own UI is not read). */
  words: number;
  /** Of those, words inside a mark: an expression of three words counts three. */
  signedWords: number;
  /** Marks on the page: an expression counts once. */
  marks: number;
}

export function countWords(tally: WordTally, index: RunIndex): WordCounts {
  let signedWords = 0;
  let marks = 0;
  for (const record of index.records()) {
    if (!record.run.block.isConnected) continue;
    for (const match of record.matches) {
      marks++;
      signedWords += match.tokenEnd - match.tokenStart;
    }
  }
  return { words: tally.total(), signedWords, marks };
}
