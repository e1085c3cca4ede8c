/**
 * What makes a number with no unit a count in English: a noun phrase after
 * it (noun.ts), or a counted subject before it in the same sentence ("the
 * number of high-tech enterprises reached 1,120"); and what makes a count no
 * economic figure ("killed 19 people").
 */
import type { QuantityUnit } from '../figure';
import { casualtyVerbs, countSubjects, unitAfter, unitsOf, wordCountHeads, wordCountNotAfter } from './lexicon';
import { isInlineSpace, isLetter } from './chars';
import { readCountNoun } from './noun';
import { isDigit, isSignChar } from './candidate';
import { Trie } from './trie';

const VERB = new Trie<true>(true).addAll(countSubjects.verbs, () => true, 'en');
const CASUALTY = new Trie<true>(true).addAll(casualtyVerbs, () => true, 'en');
const WORD_HEADS = new Set(wordCountHeads);
const NOT_AFTER = new Trie<true>(true).addAll(wordCountNotAfter, () => true, 'en');
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
  // The noun: the cue and the words after it up to a comma or verb, at most four.
  const words = text.slice(from + best, start).split(/[,;(]/)[0]!.trim().split(/\s+/).slice(0, 4);
  return words.join(' ');
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
    if (wordBefore(CASUALTY, text, outerStart)) return 'not-counted';
    out.unit = quantityHead(text, counted.noun, counted.end) ?? unitsOfGoods(text, counted.noun, start);
    out.kind = out.unit ? 'quantity' : 'count';
    out.noun = out.unit ? undefined : counted.noun;
    out.end = counted.end;
    return out;
  }
  if (yearLike(value(), digits)) return undefined;
  const subject = subjectBefore(text, start, outerStart);
  if (!subject) return undefined;
  out.kind = 'count';
  out.unit = undefined;
  out.noun = subject;
  out.end = q;
  return out;
}
