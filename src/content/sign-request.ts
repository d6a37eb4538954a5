import { findMatches } from '../core/match';
import { selectionStart } from './hit-test';
import { tokenize, type Token } from '../core/text/tokenize';
import type { Anchor, SignRequest } from './overlay';
import { phraseRequestFor } from './phrase-request';
import { plainText, rangeText } from './phrase-text';
import type { RunIndex } from './run-index';
import type { WordLookup } from './word-lookup';

/** Longer selections are not "a word": only their start is looked at. */
const MAX_SIGNED_TEXT = 200;
/** What the player's title and "no sign found" message show of a long selection. */
const MAX_WRITTEN = 80;
/** A phrase is read from this much of a selection at most (its 60 words fit well within). */
const MAX_PHRASE_TEXT = 4000;

interface Target {
  text: string;
  anchor: Anchor;
  /** The selection in the page's text, so that a phrase's words can be highlighted in turn. */
  range?: Range;
  /** Where the text starts in the page's text nodes, to reuse the scan's match there. */
  start?: { node: Text; offset: number };
}

export interface SignContext {
  /** The scan's matches; null when Signet does not mark this page (turned off for the site). */
  index: RunIndex | null;
  lookup: WordLookup;
  locale: string;
}

/**
 * What to sign for an explicit request (the keyboard command, the context menu): the selected
 * words, else the word at the caret (in the page, in a text field, in an editable region). A
 * word the scan matched is signed as marked; anything else is looked up now, and when nothing
 * has a sign the player says so with the word, rather than nothing happening. `menuText` is the
 * selection as the browser gave it to the context menu, used when the page's own selection is
 * gone (a selection inside a frame Signet does not run in).
 */
export async function signRequestFor(context: SignContext, fromKeyboard: boolean, menuText?: string): Promise<SignRequest | null> {
  const target = selectionTarget() ?? fieldTarget(context.locale) ?? caretTarget(context.locale) ?? textTarget(menuText);
  if (!target) return null;

  // Several words (even when the first one is marked) are a phrase, signed word by word.
  const phrase = target.range ? rangeText(target.range) : plainText(target.text);
  const phraseTokens = tokenize(phrase.text.slice(0, MAX_PHRASE_TEXT), context.locale);
  if (phraseTokens.length > 1) return phraseRequestFor(phrase, phraseTokens, context.lookup, context.locale, target.anchor, fromKeyboard);

  const hit = target.start && context.index?.hitAt(target.start.node, target.start.offset);
  if (hit) return { keys: hit.match.keys, written: hit.range.toString(), anchor: hit.range, fromKeyboard };

  const text = target.text.slice(0, MAX_SIGNED_TEXT);
  const tokens: Token[] = tokenize(text, context.locale);
  if (tokens.length > 0) await context.lookup.learn([tokens]);
  const match = findMatches(tokens, context.lookup.info)[0];
  if (match) return { keys: match.keys, written: text.slice(match.start, match.end), anchor: target.anchor, fromKeyboard };
  return { keys: [], written: target.text.slice(0, MAX_WRITTEN), anchor: target.anchor, fromKeyboard };
}

/** A non-empty selection in the page's text. */
function selectionTarget(): Target | null {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const text = selection.toString().trim();
  if (!text) return null; // A selection inside a text field reads as "" here: see fieldTarget.
  const range = selection.getRangeAt(0).cloneRange();
  const target: Target = { text, anchor: range, range };
  const start = selectionStart(range);
  if (start) target.start = start;
  return target;
}

/** The selected text, or the word at the caret, of a focused text field (never a password field: its text stays private). */
function fieldTarget(locale: string): Target | null {
  const field = document.activeElement;
  if (!(field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && /^(?:text|search|url|email|)$/.test(field.type)))) return null;
  const { value, selectionStart, selectionEnd } = field;
  if (selectionStart === null || selectionEnd === null) return null;
  const text = selectionStart !== selectionEnd ? value.slice(selectionStart, selectionEnd).trim() : wordAt(value, selectionStart, locale);
  return text ? { text, anchor: field } : null;
}

/** The word at a collapsed caret in the page's text (caret browsing, editable regions). */
function caretTarget(locale: string): Target | null {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const { startContainer, startOffset } = selection.getRangeAt(0);
  if (startContainer.nodeType !== Node.TEXT_NODE) return null;
  const node = startContainer as Text;
  const token = tokenize(node.data, locale).find((t) => t.start <= startOffset && startOffset <= t.end);
  if (!token) return null;
  const range = document.createRange();
  range.setStart(node, token.start);
  range.setEnd(node, token.end);
  return { text: node.data.slice(token.start, token.end), anchor: range, start: { node, offset: token.start } };
}

function textTarget(text: string | undefined): Target | null {
  const trimmed = text?.trim();
  return trimmed ? { text: trimmed, anchor: viewportCorner() } : null;
}

function wordAt(value: string, caret: number, locale: string): string {
  const token = tokenize(value, locale).find((t) => t.start <= caret && caret <= t.end);
  return token ? value.slice(token.start, token.end) : '';
}

/** No place on the page to stand beside: the top right corner, where nothing is read yet. */
function viewportCorner(): Anchor {
  const rect = () => new DOMRect(document.documentElement.clientWidth - 8, 8, 1, 1);
  return { getClientRects: () => [rect()], getBoundingClientRect: rect };
}
