import { chineseNumerals } from './lexicon/zh';

/**
 * A number as written: its decimal digits and a power of ten. Scaling adds
 * to the exponent and the value is read once with Number(), so "1.1 billion"
 * is exactly 1100000000, never 1.1 * 1e9 = 1100000000.0000002.
 */
export interface Written {
  digits: string;
  exp: number;
}

/** Longer than any real figure; such runs are serial numbers or noise. */
export const MAX_DIGITS = 24;

/** Powers of ten that are exact doubles. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k);

export function valueOf(n: Written, scaleExp = 0): number {
  const exp = n.exp + scaleExp;
  const { digits } = n;
  // Clinger's fast path: a mantissa below 2^53 times or over an exact power of ten is one correctly rounded operation.
  if (digits.length <= 15 && exp >= -22 && exp <= 22) {
    let mantissa = 0;
    for (let i = 0; i < digits.length; i++) mantissa = mantissa * 10 + digits.charCodeAt(i) - 48;
    return exp < 0 ? mantissa / EXACT_POWERS[-exp]! : mantissa * EXACT_POWERS[exp]!;
  }
  return Number(`${digits}e${exp}`);
}

/** 10^exp, exact for the scales words write (up to 10^22). */
export function powerOfTen(exp: number): number {
  return EXACT_POWERS[exp] ?? 10 ** exp;
}

/** ASCII or full-width digits with optional thousands commas and a decimal point: "1,234.5", "１４". */
export function readArabic(raw: string): Written | undefined {
  let digits = '';
  let frac = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += raw[i];
    else if (c >= 0xff10 && c <= 0xff19) digits += String.fromCharCode(c - 0xff10 + 48);
    else if (c === 46 || c === 0xff0e) frac = digits.length;
    else continue;
    if (digits.length > MAX_DIGITS) return undefined;
  }
  return { digits, exp: frac < 0 ? 0 : frac - digits.length };
}

const { digits: DIGITS, units: UNITS, sections: SECTIONS, decimalPoints } = chineseNumerals;
const POINT = new RegExp(`[${decimalPoints}]`);

const TENS = chineseNumerals.tens;

/** 卅六 → 三十六, 廿 → 二十; undefined after a digit (五卅, the May 30th of a name or date). */
const HAS_TENS = new RegExp(`[${Object.keys(TENS).join('')}]`);
const TEN_DIGIT = new Map(Object.values(TENS).map((t) => [t, `${Object.keys(DIGITS).find((d) => DIGITS[d] === t / 10)}十`]));

function spellTens(raw: string): string | undefined {
  if (!HAS_TENS.test(raw)) return raw;
  let out = '';
  for (const ch of raw) {
    const t = TENS[ch];
    if (t === undefined) out += ch;
    else if (DIGITS[out[out.length - 1] ?? ''] !== undefined) return undefined;
    else out += TEN_DIGIT.get(t);
  }
  return out;
}

export interface ChineseNumber {
  written: Written;
  /** Power of ten of the section word the numeral ends with (十四万亿 → 12), for Figure.scale. */
  scaleExp: number | undefined;
  /** Just one digit (一, 两): too common in words to be a figure on its own. */
  singleDigit: boolean;
}

/**
 * Chinese numerals: 五千亿 = 5 × 10¹¹, 一千二百 = 1200, 两万 = 20000,
 * 一万五 = 15000 (the trailing digit takes the next lower unit), 三点五 = 3.5.
 */
export function readChinese(written: string): ChineseNumber | undefined {
  if (written.length > MAX_DIGITS) return undefined;
  const raw = spellTens(written);
  if (raw === undefined) return undefined;
  const point = raw.search(POINT);
  const whole = point < 0 ? raw : raw.slice(0, point);
  let high = 0; // parts already multiplied by 亿
  let mid = 0; // parts multiplied by 万 since the last 亿
  let section = 0; // below 万
  let digit = -1; // pending digit(s)
  let lastUnit = 0;
  let afterZero = false;
  let trailingExp = 0;
  for (const ch of whole) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // 二〇二四 is written digit by digit.
      digit = digit < 0 ? d : digit * 10 + d;
      if (d === 0) afterZero = true;
      trailingExp = 0;
      continue;
    }
    const unit = UNITS[ch];
    if (unit !== undefined) {
      section += (digit < 0 ? 1 : digit) * unit;
      lastUnit = unit;
      digit = -1;
      afterZero = false;
      trailingExp = 0;
      continue;
    }
    const exp = SECTIONS[ch];
    if (exp === undefined) return undefined;
    const part = section + (digit < 0 ? 0 : digit);
    if (exp === 8) {
      high = (high + mid + part) * 1e8;
      mid = 0;
      trailingExp = trailingExp === 4 ? 12 : 8;
    } else {
      mid += (part === 0 ? 1 : part) * 1e4;
      trailingExp = 4;
    }
    if (high + mid === 0) return undefined;
    section = 0;
    digit = -1;
    lastUnit = 10 ** exp;
    afterZero = false;
  }
  let tail = digit < 0 ? 0 : digit;
  if (digit >= 0 && lastUnit >= 10 && !afterZero && point < 0) tail = digit * (lastUnit / 10);
  const total = high + mid + section + tail;
  if (!Number.isSafeInteger(total)) return undefined;
  let fraction = '';
  let fractionScale = 0;
  if (point >= 0) {
    // 七二九．二億 is 729.2 × 10⁸: section words after the decimals scale the whole number.
    for (const ch of raw.slice(point + 1)) {
      if (DIGITS[ch] !== undefined) fraction += String(DIGITS[ch]);
      else if (SECTIONS[ch] !== undefined) fractionScale += SECTIONS[ch]!;
      else return undefined;
    }
  }
  return {
    written: { digits: String(total) + fraction, exp: fractionScale - fraction.length },
    scaleExp: (fractionScale || trailingExp) || undefined,
    singleDigit: point < 0 && whole.length === 1 && DIGITS[whole] !== undefined,
  };
}
