/**
 * What makes a number with no unit a count in English: a noun phrase after
 * it (noun.ts), a counted subject before it in the same sentence ("the
 * number of high-tech enterprises reached 1,120"), the count it is a part of
 * ("118 of the 435 seats", "Of the 2,350 jobs cut, 940 …"); and what makes a
 * count no economic figure ("killed 19 people", "19 people were killed").
 */
import type { QuantityUnit } from '../figure';
import { casualtiesAfter, casualtyVerbs, countFrames, countOutOf, countSubjects, unitAfter, unitsOf, wordCountHeads, wordCountNotAfter } from './lexicon';
import { isInlineSpace, isLetter } from './chars';
import { readCountNoun } from './noun';
import { isDigit, isSignChar } from './candidate';
import { Trie } from './trie';

const VERB = new Trie<true>(true).addAll(countSubjects.verbs, () => true, 'en');
const CASUALTY = new Trie<true>(true).addAll(casualtyVerbs, () => true, 'en');
const WORD_HEADS = new Set(wordCountHeads);
const NOT_AFTER = new Trie<true>(true).addAll(wordCountNotAfter, () => true, 'en');
const CASUALTIES_AFTER = new Trie<true>().addAll(casualtiesAfter, () => true, 'en');
const OUT_OF = new Trie<true>().addAll(countOutOf, () => true, 'en');
const FRAME = new Trie<true>().addAll(countFrames.openers, () => true, 'en');
const DETERMINER = new Trie<true>().addAll(countFrames.determiners, () => true, 'en');
const { subjects, breakers, reach } = countSubjects;

export interface Counted {
  kind: 'count' | 'quantity';
  unit: QuantityUnit | undefined;
  noun: string | undefined;
  end: number;
}

/** Reused: one reading per number (see WORDS in read-before.ts). */
const COUNTED: Counted = { kind: 'count', unit: undefined, noun: undefined, end: 0 };

/** "electric vehicles": an English noun phrase whose head is a unit of output makes a quantity, not a count. */
function quantityHead(text: string, noun: string, end: number): QuantityUnit | undefined {
  const head = end - (noun.length - noun.lastIndexOf(' ') - 1);
  const u = unitAfter.find(text, head, end)?.value;
  return u?.kind === 'quantity' && !u.needsScale && unitAfter.at === end ? u.unit : undefined;
}

const GOODS = Object.entries(unitsOf.goods).map(([unit, words]) => ({ unit: unit as QuantityUnit, pattern: new RegExp(`\\b(?:${words.join('|')})\\b`, 'i') }));

/** "41,852 units" after a text about cars: vehicles. Only the bare word "units" asks. */
function unitsOfGoods(text: string, noun: string, at: number): QuantityUnit | undefined {
  if (noun !== 'units') return undefined;
  const window = text.slice(Math.max(0, at - unitsOf.reach), at);
  return GOODS.find((g) => g.pattern.test(window))?.unit;
}

/** The word ending at `end` (after spaces) is in `trie`. */
function wordBefore(trie: Trie<true>, text: string, end: number): boolean {
  let i = end;
  while (i > 0 && i > end - 2 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  return trie.find(text, i, Math.max(0, i - 16)) !== undefined;
}

/** A year written alone: "rose by 2024" never counts anything. */
function yearLike(value: number, digits: number): boolean {
  return digits === 4 && Number.isInteger(value) && value >= 1800 && value <= 2100;
}

/** Where the sentence holding `at` starts, looking back at most `reach` characters. */
function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - reach);
  for (let i = at - 1; i > limit; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && isInlineSpace(text.charCodeAt(i + 1)))) return i + 1;
  }
  return limit;
}

/**
 * The subject before the number that says it counts something, as a noun:
 * "number of high-tech enterprises" in "The number of high-tech enterprises
 * in the province reached 1,120". `start` is where the figure's words begin.
 */
function subjectBefore(text: string, start: number, outerStart: number): string | undefined {
  // "(+43,000; +0.7%)" after "Employment rose among core-aged women": a signed change in brackets.
  const c = text.charCodeAt(start);
  const bracketed = text.charCodeAt(start - 1) === 40 && isSignChar(c);
  // The verb may be the hedge itself ("exceeds 40,000") or stand before it ("totaling more than 50,000").
  if (!bracketed && !wordBefore(VERB, text, start) && !wordBefore(VERB, text, outerStart)) return undefined;
  // "aged 25 to 54": the verb follows a number, so this is the end of a range of something else.
  if (!bracketed && isDigit(text.charCodeAt(VERB.at - 2))) return undefined;
  const from = sentenceStart(text, start);
  const window = text.slice(from, start).toLowerCase();
  let best = -1;
  let cue = '';
  for (const s of subjects) {
    const i = window.lastIndexOf(s);
    if (i > best && !isLetter(window.charCodeAt(i - 1)) && !isLetter(window.charCodeAt(i + s.length))) {
      best = i;
      cue = s;
    }
  }
  if (best < 0) return undefined;
  const between = window.slice(best + cue.length);
  for (const b of breakers) {
    const i = between.indexOf(b);
    if (i >= 0 && !isLetter(between.charCodeAt(i - 1)) && !isLetter(between.charCodeAt(i + b.length))) return undefined;
  }
  // The noun: the cue and the words after it up to a comma, a number or the verb before the figure, at most four.
  const words = text.slice(from + best, start).split(/[,;(]/)[0]!.trim().split(/\s+/).slice(0, 4);
  const cut = words.findIndex((w, i) => i > 0 && /[\d%]/.test(w));
  if (cut > 0) words.length = cut;
  // "workforce to 4,200": the verb right before the figure is no part of the noun.
  while (words.length > 1 && VERB.find(words.at(-1)!, words.at(-1)!.length, 0) && VERB.at === 0) words.pop();
  return words.join(' ');
}

/** "19 people were killed": the words after the counted phrase make its count casualties. */
function casualtiesAt(text: string, end: number): boolean {
  return isInlineSpace(text.charCodeAt(end)) && CASUALTIES_AFTER.find(text, end + 1, Math.min(text.length, end + 24)) !== undefined;
}

/** Past the digits (and thousands commas) of a number at `at`; `at` itself when none stands there. */
function digitsEnd(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charCodeAt(i)) || (text.charCodeAt(i) === 44 && isDigit(text.charCodeAt(i + 1)))) i++;
  return i;
}

/** "118 of the 435 seats", "118 of 435 members": the count after "of" gives the noun; its end, past the number. */
function outOfCount(text: string, q: number): { noun: string; end: number } | undefined {
  if (!isInlineSpace(text.charCodeAt(q)) || !OUT_OF.find(text, q + 1, Math.min(text.length, q + 12))) return undefined;
  const at = OUT_OF.at + 1;
  if (!isInlineSpace(text.charCodeAt(at - 1))) return undefined;
  const end = digitsEnd(text, at);
  if (end === at) return undefined;
  const counted = readCountNoun(text, end);
  return counted && counted !== 'not-counted' && !casualtiesAt(text, counted.end) ? counted : undefined;
}

/** After the determiners and the whole's number at `at` ("the 2,350 "), where its noun phrase starts (at a space). */
function frameNounAt(text: string, at: number): number {
  let i = at;
  if (DETERMINER.find(text, i, Math.min(text.length, i + 8)) && isInlineSpace(text.charCodeAt(DETERMINER.at))) i = DETERMINER.at + 1;
  const end = digitsEnd(text, i);
  if (end > i) {
    const scale = unitAfter.find(text, end + 1, Math.min(text.length, end + 12));
    return scale ? -1 : end;
  }
  return i - 1;
}

/**
 * "Of the 2,350 jobs the company cut this year, 940 …", "Among these firms, 13 reported…": a number right after the
 * first clause of a sentence that opens with a part of a whole counts the whole's noun.
 */
function frameNoun(text: string, start: number): { noun: string; end: number } | undefined {
  let comma = start;
  while (comma > 0 && comma > start - 2 && isInlineSpace(text.charCodeAt(comma - 1))) comma--;
  if (text.charCodeAt(comma - 1) !== 44) return undefined;
  let from = sentenceStart(text, comma);
  while (from < comma && (isInlineSpace(text.charCodeAt(from)) || text.charCodeAt(from) === 10)) from++;
  if (!FRAME.find(text, from, Math.min(comma, from + 8)) || !isInlineSpace(text.charCodeAt(FRAME.at))) return undefined;
  // The comma must close the frame's first clause: no other clause comma between.
  for (let i = FRAME.at; i < comma - 1; i++) if (text.charCodeAt(i) === 44 && !isDigit(text.charCodeAt(i + 1))) return undefined;
  const nounAt = frameNounAt(text, FRAME.at + 1);
  if (nounAt < 0) return undefined;
  const counted = readCountNoun(text, nounAt);
  return counted && counted !== 'not-counted' && counted.end < comma ? counted : undefined;
}

/**
 * The count after or before an English number with no unit; 'not-counted'
 * when the words after it make it no figure ("39 years"). `word` is set for a
 * number written as a word, which counts only economic heads.
 */
export function readCount(
  text: string,
  start: number,
  outerStart: number,
  q: number,
  value: () => number,
  digits: number,
  word: boolean,
): Counted | 'not-counted' | undefined {
  const counted = readCountNoun(text, q);
  if (counted === 'not-counted') return counted;
  const out = COUNTED;
  if (counted) {
    if (word && (!WORD_HEADS.has(counted.noun.slice(counted.noun.lastIndexOf(' ') + 1).toLowerCase()) || wordBefore(NOT_AFTER, text, outerStart))) return undefined;
    if (wordBefore(CASUALTY, text, outerStart) || casualtiesAt(text, counted.end)) return 'not-counted';
    out.unit = quantityHead(text, counted.noun, counted.end) ?? unitsOfGoods(text, counted.noun, start);
    out.kind = out.unit ? 'quantity' : 'count';
    out.noun = out.unit ? undefined : counted.noun;
    out.end = counted.end;
    return out;
  }
  if (yearLike(value(), digits)) return undefined;
  // "of whom 12 were killed": casualties, whatever the count before them counted.
  if (casualtiesAt(text, q)) return 'not-counted';
  const noun = subjectBefore(text, start, outerStart) ?? (word ? undefined : partOf(text, start, q));
  if (!noun) return undefined;
  out.kind = 'count';
  out.unit = undefined;
  out.noun = noun;
  out.end = q;
  return out;
}

/** The noun of the whole a bare number is a part of: "118 of the 435 seats", "Of the 2,350 jobs cut, 940". */
function partOf(text: string, start: number, q: number): string | undefined {
  const whole = outOfCount(text, q) ?? frameNoun(text, start);
  // A whole whose head is a unit of output ("Of the 1.24 million vehicles sold, …") is a quantity: left to the refiners.
  return whole && !quantityHead(text, whole.noun, whole.end) ? whole.noun : undefined;
}
