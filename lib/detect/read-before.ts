/**
 * The words before a number: a sign, a currency, then a hedge ("about"), a
 * sign word ("minus") or a range opener ("between"). Kept apart from what
 * follows the number because it is read first and can veto the number alone
 * (glued to a word: FY2025, A320).
 */
import type { Hedge } from '../figure';
import { currencyBefore, wordsBefore, type Currency } from './lexicon';
import { isLetter } from './chars';
import { isDigit, isSignChar, langOf, REACH, skipSpacesBack, type Candidate } from './candidate';

interface WordsBefore {
  outerStart: number;
  negative: boolean;
  hedge: Hedge | undefined;
  opener: Candidate['opener'];
  openerStart: number;
  /** Where a sign word ("minus") starts, which starts the figure too; −1 when none. */
  signStart: number;
  langs: number;
}

/**
 * What the three readers below found. One object each, reused: they run for
 * every number in the text, and a fresh object per number was most of the
 * garbage collector's work on dense statistical text.
 */
const WORDS: WordsBefore = { outerStart: 0, negative: false, hedge: undefined, opener: undefined, openerStart: -1, signStart: -1, langs: 0 };

/** A hedge ("about"), a sign word ("minus") or a range opener ("between") before the number, up to two of them. */
function readWordsBefore(text: string, start: number, floor: number, signed: boolean): WordsBefore {
  const out = WORDS;
  out.outerStart = start;
  out.negative = signed;
  out.hedge = out.opener = undefined;
  out.openerStart = out.signStart = -1;
  out.langs = 0;
  for (let look = 0; look < 2; look++) {
    const end = skipSpacesBack(text, out.outerStart, floor);
    const word = wordsBefore.find(text, end, Math.max(floor, end - REACH));
    if (!word) break;
    const before = word.value;
    const at = wordsBefore.at;
    if (before.role === 'sign') {
      if (out.negative || out.outerStart !== start) break;
      out.negative = true;
      out.outerStart = out.signStart = at;
      out.langs |= langOf(word);
      continue;
    }
    if (before.role === 'hedge') {
      out.hedge = { text: text.slice(at, end), bound: before.bound };
      out.outerStart = at;
      out.langs |= langOf(word);
      continue;
    }
    if (before.role !== 'none') {
      out.opener = before.role;
      out.openerStart = at;
    }
    break;
  }
  return out;
}


export interface Before {
  start: number;
  negative: boolean;
  prefix: Currency | undefined;
  langs: number;
  outerStart: number;
  opener: Candidate['opener'];
  openerStart: number;
  hedge: Hedge | undefined;
}

/** Reused like WORDS: one reading per number. */
const BEFORE: Before = { start: 0, negative: false, prefix: undefined, langs: 0, outerStart: 0, opener: undefined, openerStart: -1, hedge: undefined };

/**
 * Sign, currency, then hedge or sign words before the number at `numStart`
 * (the figure's own words begin at `from`); undefined when the number is glued
 * to a word and so part of a name.
 */
export function readBefore(text: string, from: number, numStart: number, floor: number, percentWord: boolean): Before | undefined {
  let start = from;
  let negative = false;
  let langs = 0;
  const signAt = start - 1;
  const beforeSign = text.charCodeAt(signAt - 1);
  // "-4.0%" is negative; "5-6" is a range and "COVID-19" a name.
  if (!percentWord && signAt >= floor && isSignChar(text.charCodeAt(signAt)) && !(isDigit(beforeSign) || isLetter(beforeSign) || beforeSign === 37 || beforeSign === 0xff05)) {
    negative = text.charCodeAt(signAt) !== 43;
    start = signAt;
  }
  let prefix: Currency | undefined;
  const prefixEnd = skipSpacesBack(text, start, floor);
  const cur = percentWord ? undefined : currencyBefore.find(text, prefixEnd, Math.max(floor, prefixEnd - 8));
  if (cur) {
    prefix = cur.value;
    langs |= langOf(cur);
    start = currencyBefore.at;
    if (!negative && start - 1 >= floor && isSignChar(text.charCodeAt(start - 1)) && !isLetter(text.charCodeAt(start - 2)) && !isDigit(text.charCodeAt(start - 2))) {
      negative = text.charCodeAt(start - 1) !== 43;
      start--;
    }
  } else if (start === numStart) {
    const before = text.charCodeAt(numStart - 1);
    // Glued to a word: FY2025, A320, 粤B2, and COVID-19.
    if (isLetter(before) || (before === 45 && isLetter(text.charCodeAt(numStart - 2)))) return undefined;
  }
  const words = readWordsBefore(text, start, floor, negative);
  if (words.signStart >= 0) start = words.signStart;
  negative = words.negative;
  langs |= words.langs;
  const out = BEFORE;
  out.start = start;
  out.negative = negative;
  out.prefix = prefix;
  out.langs = langs;
  out.outerStart = words.outerStart;
  out.opener = words.opener;
  out.openerStart = words.openerStart;
  out.hedge = words.hedge;
  return out;
}
