/**
 * Number shapes the scanner reads as one number beside the usual "1,234.5":
 * Hong Kong's space-grouped thousands in Chinese text, Taiwan's Arabic digits
 * below 萬/億, and the Federal Reserve's eighths. Each takes the digits run the
 * scanner found and returns where the number ends and its value, or nothing.
 */
import { isHan } from './chars';
import { isDigit, SECTION_EXP } from './candidate';

/**
 * "由二零零七年的24 500万公吨增加至…": Hong Kong's Chinese releases group
 * thousands with a space. Read as one number only with Chinese right after
 * the last group, where a space between two numbers is no list.
 */
export function spaceGroupsEnd(text: string, from: number): number | undefined {
  let q = from;
  while (text.charCodeAt(q) === 32 && isDigit(text.charCodeAt(q + 1)) && isDigit(text.charCodeAt(q + 2)) && isDigit(text.charCodeAt(q + 3)) && !isDigit(text.charCodeAt(q + 4))) q += 4;
  return q > from && isHan(text.charCodeAt(q)) ? q : undefined;
}

/**
 * "每人GDP 3萬2,247美元" is 32,247 dollars, "1億2,000萬元" 120 million: Taiwan
 * writes the part below 萬 or 億 in Arabic digits after it. Only a full part
 * (four digits below 萬; eight, or up to four and 萬, below 億), so "2萬3"
 * (said for 23,000) is not misread as 20,003.
 */
export function withLowerSection(text: string, at: number, end: number): { end: number; written: { digits: string; exp: number } } | undefined {
  if (end - at > 4 || !isDigit(text.charCodeAt(end + 1))) return undefined;
  const exp = SECTION_EXP.get(text.charCodeAt(end));
  if (exp === undefined) return undefined;
  const m = /^\d{1,3}(?:,\d{3}){1,2}|^\d{1,4}/.exec(text.slice(end + 1, end + 12));
  if (!m) return undefined;
  let q = end + 1 + m[0].length;
  if (isDigit(text.charCodeAt(q)) || text.charCodeAt(q) === 46) return undefined;
  const digits = m[0].replace(/,/g, '');
  // Below 億, a part that has its own 萬 ("1億2,000萬"); else the part is written in full.
  const inner = exp === 8 ? SECTION_EXP.get(text.charCodeAt(q)) : undefined;
  if (inner !== undefined && inner !== 4) return undefined;
  if (inner === undefined ? digits.length !== exp : digits.length > 4) return undefined;
  if (inner !== undefined) q++;
  const value = Number(text.slice(at, end)) * 10 ** exp + Number(digits) * 10 ** (inner ?? 0);
  return { end: q, written: { digits: String(value), exp: 0 } };
}

/**
 * "2-1/4 percent", "5-3/8": the Federal Reserve writes rates as a whole
 * number and eighths. Only halves, quarters and eighths, in lowest terms,
 * so "2-1/15" (a date) and "24/7" stay what they were.
 */
export function mixedFraction(text: string, at: number, end: number): { end: number; written: { digits: string; exp: number } } | undefined {
  const m = /^-([1357])\/([248])(?![\d/])/.exec(text.slice(end, end + 6));
  if (!m || Number(m[1]) >= Number(m[2]) || (m[2] !== '8' && m[1] !== '1' && !(m[2] === '4' && m[1] === '3'))) return undefined;
  const places = m[2] === '8' ? 3 : 2;
  const value = Number(text.slice(at, end)) + Number(m[1]) / Number(m[2]);
  return { end: end + m[0].length, written: { digits: String(Math.round(value * 10 ** places)), exp: -places } };
}
