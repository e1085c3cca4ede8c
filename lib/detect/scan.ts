/**
 * The scanner: one pass over the text that finds every number (Arabic,
 * full-width or Chinese) and reads the words around it from the lexicons
 * into a candidate. Refiners then merge and filter candidates.
 *
 * Linear by construction: the anchor pattern cannot backtrack, every lookup
 * around a number reads at most REACH characters, and the next search
 * starts after the candidate.
 */
import { chineseNumerals, fractionWords, LANG_BIT, multipleTimes, NUMBER_WORD, numberWords, vagueCountWords } from './lexicon';
import { Trie } from './trie';
import { readChinese } from './numeral';
import { isInlineSpace } from './chars';
import { isDigit, isGroupSeparator, isJoiner, isZeroWidth, NUMERAL, NUMERAL_FIRST, SECTION_EXP, type Candidate } from './candidate';
import { mixedFraction, spaceGroupsEnd, withLowerSection } from './number-shapes';
import { read } from './read';
import { HALF, HALF_NUMBER, RATE_STEP, readMultiple, readVagueCount } from './read-step';
import { FRACTION_HALF, FRACTION_MARK, readFraction, readHalf } from './read-fraction';

const { digits, units, sections, decimalPoints, percentPrefix, tenths, multiple, vague: vagueNumerals } = chineseNumerals;
const ZH_DIGIT = new Set(Object.keys(digits).map((c) => c.charCodeAt(0)));
const POINT = new Set([...decimalPoints].map((c) => c.charCodeAt(0)));
const HUNDRED = percentPrefix.charCodeAt(0);
const TENTHS = tenths.charCodeAt(0);
/** 个 and 個, as in 两个百分点 and 兩個百分點. */
const GE = new Set([0x4e2a, 0x500b]);

/**
 * Where to look for a number. Arabic digits, and the few characters every
 * Chinese-numeral figure contains: 十百千万亿 (五千亿, 两万), 成 (三成), 百
 * (百分之五, 两个百分点), 分 (三分之一), 半 (一半). A short class is what keeps this near the speed
 * of a bare digit scan: in V8 a class of all twenty numerals scans several
 * times slower (150 against 770+ MB/s on mixed news text).
 */
const FULL_WIDTH_POINT = 0xff0e;
const ANCHOR = new RegExp(`[0-9\\uff10-\\uff19]+|[${Object.keys(units).join('')}${Object.keys(sections).join('')}${tenths}${multiple}${chineseNumerals.rateStep.char}${chineseNumerals.fraction.mark[0]}${chineseNumerals.fraction.half.at(-1)}\\uff0e]`, 'g');


/** Refiners join neighbours at most this far apart (ranges, conversions): a wider gap is a safe place to cut a batch. */
const NEIGHBOUR_REACH = 32;
const BATCH = 256;

/**
 * The candidates of a text in order, in batches cut only where no refiner
 * can join across, so the pipeline runs batch by batch and a candidate dies
 * young instead of being copied by every collection until the scan ends.
 */
export function* scan(text: string): Generator<Candidate[]> {
  // A fresh copy of the pattern per scan: lastIndex is state, and generators interleave.
  const anchor = new RegExp(ANCHOR);
  const words = new RegExp(NUMBER_WORD);
  let word = words.exec(text);
  let batch: Candidate[] = [];
  let floor = 0;
  const push = (candidate: Candidate): Candidate[] | undefined => {
    let full: Candidate[] | undefined;
    if (batch.length >= BATCH && candidate.outerStart - floor > NEIGHBOUR_REACH) {
      full = batch;
      batch = [];
    }
    batch.push(candidate);
    floor = candidate.end;
    return full;
  };
  // test() rather than exec(): no match array per number; the match ends at lastIndex.
  while (anchor.test(text)) {
    const end = anchor.lastIndex;
    let at = end - 1;
    // Number words before this number, in text order ("five percent … 6%").
    while (word && word.index < at) {
      const c = word.index >= floor ? readWord(text, word.index, word.index + word[0].length, floor) : undefined;
      const full = c && push(c);
      if (full) yield full;
      word = words.exec(text);
    }
    if (at < floor) continue;
    let candidate: Candidate | undefined;
    if (isDigit(text.charCodeAt(at))) {
      while (at > floor && isDigit(text.charCodeAt(at - 1))) at--;
      // ".001 per cent": a leading point after a space or bracket.
      if (at - 1 > floor && text.charCodeAt(at - 1) === 46 && (at - 1 === 0 || isInlineSpace(text.charCodeAt(at - 2)) || text.charCodeAt(at - 2) === 40)) at--;
      candidate = readArabic(text, at, end, false, floor);
    } else candidate = readChineseAround(text, at, floor);
    if (!candidate) continue;
    const full = push(candidate);
    if (full) yield full;
    if (candidate.end > anchor.lastIndex) anchor.lastIndex = candidate.end;
  }
  for (; word; word = words.exec(text)) {
    const c = word.index >= floor ? readWord(text, word.index, word.index + word[0].length, floor) : undefined;
    const full = c && push(c);
    if (full) yield full;
  }
  if (batch.length) yield batch;
}

/** "five percent", "a billion dollars": a number word the lexicon reads before a percent or scale word. */
function readWord(text: string, start: number, end: number, floor: number): Candidate | undefined {
  const key = text.slice(start, end).toLowerCase().replace(/\u00a0/g, ' ');
  const share = fractionWords.shares[key] ?? fractionWords.headedShares[key];
  // "one fifth of the market": the whole phrase is the figure, a percent, as 百分之 is in 百分之五.
  if (share !== undefined) {
    if (FRACTION_NOT_AFTER.find(text, skipBack(text, start), Math.max(0, start - 12))) return undefined;
    const c = read(text, start, end, end, undefined, floor, { digits: String(Math.round(share * 100)), exp: -2 });
    // read() takes words before the number for 百分之; these words are English.
    if (c) c.langs = LANG_BIT.en;
    return c;
  }
  const lowest = vagueCountWords[key];
  if (lowest !== undefined) return readVagueCount(text, start, end, lowest, floor);
  const multiple = multipleTimes[key];
  if (multiple !== undefined) return readMultiple(text, start, end, multiple.times, LANG_BIT[multiple.lang], floor);
  const value = numberWords.get(key);
  return value === undefined ? undefined : read(text, start, start, end, undefined, floor, { digits: String(value), exp: 0 });
}

const FRACTION_NOT_AFTER = new Trie<true>(true).addAll(fractionWords.notAfter, () => true, 'en');

function skipBack(text: string, at: number): number {
  return at > 0 && isInlineSpace(text.charCodeAt(at - 1)) ? at - 1 : at;
}

/** "1,234.5" from its first digits run: thousands groups of exactly three, then decimals. */
function readArabic(text: string, at: number, runEnd: number, percentWord: boolean, floor: number): Candidate | undefined {
  let end = runEnd;
  for (;;) {
    const sep = text.charCodeAt(end);
    if (isZeroWidth(sep) && isDigit(text.charCodeAt(end + 1))) {
      end++;
      while (isDigit(text.charCodeAt(end))) end++;
    } else if (isGroupSeparator(sep) && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2)) && isDigit(text.charCodeAt(end + 3)) && !isDigit(text.charCodeAt(end + 4))) {
      end += 4;
    } else {
      const spaced = sep === 32 && end === runEnd && runEnd - at <= 3 ? spaceGroupsEnd(text, end) : undefined;
      if (spaced === undefined) break;
      end = spaced;
    }
  }
  const c = text.charCodeAt(end);
  if ((c === 46 || c === 0xff0e) && isDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (isDigit(text.charCodeAt(end))) end++;
  }
  // Glued to the number before: "3.2.1", "1,1,1", "10:30", "1/15".
  if (!percentWord && isJoiner(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at - 2))) return undefined;
  const mixed = end === runEnd ? mixedFraction(text, at, end) : undefined;
  if (mixed) return read(text, at, at, mixed.end, undefined, floor, mixed.written);
  const lower = percentWord ? undefined : withLowerSection(text, at, end);
  if (lower) return read(text, at, at, lower.end, undefined, floor, lower.written);
  return read(text, percentWord ? at - percentPrefix.length : at, at, end, undefined, floor);
}

/** A Chinese-numeral figure around one of its anchor characters. */
function readChineseAround(text: string, at: number, floor: number): Candidate | undefined {
  const c = text.charCodeAt(at);
  // 半成, 半碼: a half of the unit (read-step.ts).
  if ((c === TENTHS || c === RATE_STEP) && at - 1 >= floor && text.charCodeAt(at - 1) === HALF) return read(text, at - 1, at - 1, at, HALF_NUMBER, floor);
  if (c === FRACTION_MARK) return readFraction(text, at, floor);
  if (c === FRACTION_HALF) return readHalf(text, at, floor);
  if (c === HUNDRED && text.startsWith(percentPrefix, at)) {
    const from = at + percentPrefix.length;
    if (isDigit(text.charCodeAt(from))) {
      let runEnd = from;
      while (isDigit(text.charCodeAt(runEnd))) runEnd++;
      return readArabic(text, from, runEnd, true, floor);
    }
    return readChineseRun(text, from, numeralEnd(text, from), true, floor);
  }
  // 三成 and 两个百分点: the numeral stands before the anchor.
  let end = at;
  if (c === HUNDRED && GE.has(text.charCodeAt(at - 1))) end = at - 1;
  else if (NUMERAL.has(c)) end = numeralEnd(text, at);
  // 二．四％: digits alone hold no anchor, the full-width point between them does.
  else if (c === FULL_WIDTH_POINT && ZH_DIGIT.has(text.charCodeAt(at - 1)) && ZH_DIGIT.has(text.charCodeAt(at + 1))) end = numeralEnd(text, at + 1);
  let start = Math.min(at, end);
  // Back over the numeral, and over a decimal point between its digits (四點七七個百分點).
  while (start > floor && start > end - MAX_RUN && (NUMERAL.has(text.charCodeAt(start - 1)) || (POINT.has(text.charCodeAt(start - 1)) && ZH_DIGIT.has(text.charCodeAt(start)) && NUMERAL.has(text.charCodeAt(start - 2))))) start--;
  // 百 and 千 alone are words (百家), but numbers after a vague numeral (几百名, 数千家).
  while (start < end && !NUMERAL_FIRST.has(text.charCodeAt(start)) && !isRoundNumber(text, start) && !(start > floor && VAGUE.has(text.charCodeAt(start - 1)))) start++;
  if (start >= end) return undefined;
  const vagueBy = start > floor ? VAGUE.get(text.charCodeAt(start - 1)) : undefined;
  const found = readChineseRun(text, start, end, false, floor);
  if (found && vagueBy !== undefined && found.start === start && found.kind !== 'percent' && !ZH_DIGIT.has(text.charCodeAt(start))) {
    // 数十家 is "some tens of firms": at least twice the unit.
    found.start = found.outerStart = start - 1;
    found.value *= vagueBy;
    found.written = { digits: String(Number(found.written.digits) * vagueBy), exp: found.written.exp };
    found.vague = true;
  }
  return found;
}

/** 数十, 几百: a vague number and the multiple of its unit that is its lower bound; never before digits (总数一七二三亿). */
const VAGUE = new Map(Object.entries(vagueNumerals).map(([ch, lowest]) => [ch.charCodeAt(0), lowest]));

const MAX_RUN = 24;
const HUNDREDS_THOUSANDS = new Set([...'百千'].map((c) => c.charCodeAt(0)));

/** 百万, 千万, 千亿 stand alone as numbers ("逾百万人次", "千万元"); 百 and 千 alone are words (百家, 千家万户). */
function isRoundNumber(text: string, at: number): boolean {
  return HUNDREDS_THOUSANDS.has(text.charCodeAt(at)) && SECTION_EXP.has(text.charCodeAt(at + 1)) && !NUMERAL.has(text.charCodeAt(at - 1));
}

function numeralEnd(text: string, from: number): number {
  let end = from;
  while (end < from + MAX_RUN && NUMERAL.has(text.charCodeAt(end))) end++;
  if (POINT.has(text.charCodeAt(end)) && ZH_DIGIT.has(text.charCodeAt(end + 1))) {
    end += 2;
    while (ZH_DIGIT.has(text.charCodeAt(end))) end++;
  }
  return end;
}

function readChineseRun(text: string, start: number, end: number, percentWord: boolean, floor: number): Candidate | undefined {
  if (start >= end) return undefined;
  const chinese = readChinese(text.slice(start, end));
  if (!chinese) return undefined;
  return read(text, percentWord ? start - percentPrefix.length : start, start, end, chinese, floor);
}
