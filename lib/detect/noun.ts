/**
 * English counts are found by shape, not by a list of nouns: a number, then
 * a short noun phrase whose head is a plural ("77,000 high-tech enterprises",
 * "24 stations"). Time and measure words end the search ("the past 39 years").
 */
import { englishNouns, numberWords, unitAfter } from './lexicon';
import { isInlineSpace, isLetter } from './chars';
import { Trie } from './trie';

const { stopWords, irregularPlurals, maxWords, commonCapitalised, sModifiers, modifierJoiners, nameNumberDigits, months } = englishNouns;

/** Words are looked up where they stand in the text: no slicing or lower-casing per word. */
/** A number word ends a phrase too: "from 1,800 two years ago". */
const STOP = new Trie<true>().addAll([...stopWords, ...numberWords.keys()], () => true, 'en');
const IRREGULAR = new Trie<true>().addAll([...irregularPlurals], () => true, 'en');
const S_MODIFIER = new Trie<true>().addAll([...sModifiers], () => true, 'en');
const JOINER = new Trie<true>().addAll([...modifierJoiners], () => true, 'en');

type CountNoun = { noun: string; end: number } | 'not-counted' | undefined;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWord<T>(trie: Trie<T>, text: string, start: number, end: number): T | undefined {
  const entry = trie.find(text, start, end);
  return entry && trie.at === end ? entry.value : undefined;
}

/** Ends in s, but not in ss, us or is ("business", "various", "this"); or in -men ("80 fishermen"). */
function looksPlural(text: string, start: number, end: number): boolean {
  if (end - start > 4 && text.endsWith('men', end)) return true;
  if (end - start < 3 || text.charCodeAt(end - 1) !== 115) return isWord(IRREGULAR, text, start, end) === true;
  const c = text.charCodeAt(end - 2);
  return c !== 115 && c !== 117 && c !== 105;
}

/**
 * Capitalised plurals that are still common nouns: acronyms ("4 MPs", "300 SMEs")
 * and demonyms ("1.4 million Canadians"); other capitals start a name.
 */
function capitalisedPlural(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return /^[A-Z]{2,}s$/.test(word) || /^[A-Z][a-z]+ans$/.test(word);
}

/**
 * "160 Fortune 500 companies": digits at [start, end) after the capitalised word at [wordStart, wordEnd) are part
 * of its name, not a figure, when few and followed by a space; never after a month ("12 March 15 …").
 */
function nameNumber(text: string, wordStart: number, wordEnd: number, start: number, end: number): boolean {
  if (wordStart < 0 || end - start > nameNumberDigits || !isInlineSpace(text.charCodeAt(end))) return false;
  const first = text.charCodeAt(wordStart);
  if (first < 65 || first > 90) return false;
  const word = text.slice(wordStart, wordEnd).toLowerCase();
  return !months.has(word) && !commonCapitalised.has(word);
}

/** The counted noun phrase starting after the space at `from`, if the words there make one. */
export function readCountNoun(text: string, from: number): CountNoun {
  let i = from;
  let phraseStart = -1;
  /** The word before, for a number that is part of its name. */
  let wordStart = -1;
  let wordEnd = -1;
  for (let words = 0; words < maxWords; words++) {
    // One space before each word: a line break or a run of spaces ends the phrase.
    if (!isInlineSpace(text.charCodeAt(i))) return undefined;
    const start = ++i;
    // A modifier may be a model name: "10,000 5G base stations", "500 4K cameras".
    while (isDigit(text.charCodeAt(i))) i++;
    if (i > start && nameNumber(text, wordStart, wordEnd, start, i)) continue;
    if (!isLetter(text.charCodeAt(i))) return undefined;
    const modelName = i > start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isLetter(c) || ((c === 45 || c === 39) && isLetter(text.charCodeAt(i + 1)))) i++;
      else break;
    }
    if (isDigit(text.charCodeAt(i))) return undefined;
    wordStart = start;
    wordEnd = i;
    // "380 Ford and Toyota vehicles": after a modifier, "and" joins another one.
    if (phraseStart >= 0 && isWord(JOINER, text, start, i)) continue;
    if (isWord(S_MODIFIER, text, start, i)) {
      if (phraseStart < 0) phraseStart = start;
      continue;
    }
    if (isWord(STOP, text, start, i)) return undefined;
    if (isWord(unitAfter, text, start, i)?.kind === 'none') return 'not-counted';
    if (phraseStart < 0) phraseStart = start;
    const first = text.charCodeAt(start);
    const lower = first >= 97 && first <= 122;
    if (!modelName && looksPlural(text, start, i)) {
      if (lower || capitalisedPlural(text, start, i)) return { noun: text.slice(phraseStart, i), end: i };
      // "5 Guys opened outlets": a capitalised plural is a name, and the phrase ends in it.
      if (first >= 65 && first <= 90) return undefined;
    }
  }
  return undefined;
}

/**
 * The number at `at` belongs to a name when the word before it is
 * capitalised and not a common word: "Fortune Global 500 companies",
 * "Line 3 stations", "January 15", "iPhone 15 screens".
 */
export function followsName(text: string, at: number): boolean {
  let i = at;
  if (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  let start = i;
  while (start > 0 && start > at - 24 && (isLetter(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 46)) start--;
  if (start === i) return false;
  const word = text.slice(start, i).replace(/\.$/, '');
  const first = word.charCodeAt(0);
  // "iPhone 15 screens": a capital inside the word names a product as surely as one in front.
  return ((first >= 65 && first <= 90) || /[a-z][A-Z]/.test(word)) && !commonCapitalised.has(word.toLowerCase());
}
