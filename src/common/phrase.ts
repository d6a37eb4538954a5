/**
 * A phrase as the content script describes it to the player: plain data, whatever carries it
 * (the player checks it again, see src/player/phrase/phrase-param.ts).
 * kind "sign": play the sign of `keys`; "spell": fingerspell `text`; "skip": shown greyed only.
 */
export interface PhraseItem {
  kind: 'sign' | 'spell' | 'skip';
  /** The words as written on the page. */
  text: string;
  /** Dictionary keys of a sign, best first; [] otherwise. */
  keys: string[];
}

export interface PhraseRequest {
  items: PhraseItem[];
  /** Words of the selection left out past the limit. */
  cut: number;
}
