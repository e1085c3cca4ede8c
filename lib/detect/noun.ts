/**
 * English counts are found by shape, not by a list of nouns: a number, then
 * a short noun phrase whose head is a plural ("77,000 high-tech enterprises",
 * "24 stations"). Time and measure words end the search ("the past 39 years").
 */
import { englishNouns, unitAfter } from './lexicon';
import { isInlineSpace } from './trie';

const { stopWords, irregularPlurals, maxWords, commonCapitalised } = englishNouns;

export type CountNoun = { noun: string; end: number } | 'not-counted' | undefined;

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

function looksPlural(word: string): boolean {
  if (irregularPlurals.has(word)) return true;
  if (word.length < 3 || word.charCodeAt(word.length - 1) !== 115) return false;
  const tail = word.slice(-2);
  return tail !== 'ss' && tail !== 'us' && tail !== 'is';
}

/** The counted noun phrase starting after the spaces at `from`, if the words there make one. */
export function readCountNoun(text: string, from: number): CountNoun {
  let i = from;
  let phraseStart = -1;
  for (let words = 0; words < maxWords; words++) {
    // One space before each word: a line break or a run of spaces ends the phrase.
    if (i >= text.length || !isInlineSpace(text.charCodeAt(i))) return undefined;
    i++;
    const start = i;
    if (!isLetter(text.charCodeAt(i))) return undefined;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isLetter(c) || ((c === 45 || c === 39) && isLetter(text.charCodeAt(i + 1)))) i++;
      else break;
    }
    if (i < text.length && (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)) return undefined;
    const word = text.slice(start, i);
    const lower = word.toLowerCase();
    if (stopWords.has(lower)) return undefined;
    const unit = unitAfter.find(lower, 0, lower.length);
    if (unit && unit.at === lower.length && unit.entry.value.kind === 'none') return 'not-counted';
    if (phraseStart < 0) phraseStart = start;
    if (isLower(word.charCodeAt(0)) && looksPlural(word)) return { noun: text.slice(phraseStart, i), end: i };
  }
  return undefined;
}

/**
 * The number at `at` belongs to a name when the word before it is
 * capitalised and not a common word: "Fortune Global 500 companies",
 * "Line 3 stations", "January 15".
 */
export function followsName(text: string, at: number): boolean {
  let i = at;
  if (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  let start = i;
  while (start > 0 && start > at - 24 && (isLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) start--;
  if (start === i) return false;
  const word = text.slice(start, i).replace(/\.$/, '');
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 && !commonCapitalised.has(word.toLowerCase());
}
