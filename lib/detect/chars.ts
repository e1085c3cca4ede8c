/** Character classes (of UTF-16 code units) that the scanner, noun reader, refiners, tries and sentence finder share. */

/** Spaces a key's space may stand for: ordinary, no-break, thin, narrow no-break, ideographic, tab; not line breaks. */
export function isInlineSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 9 || c === 0x2009 || c === 0x202f || c === 0x3000;
}

/** An ASCII letter. */
export function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** An ASCII letter or digit: what a whole-word lexicon key must not run on into. */
export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetter(c);
}

/** Han characters as a regular-expression class body (the same ranges as isHan): what makes a stretch of text Chinese. */
export const HAN_CLASS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007';

/**
 * A Han character (CJK unified ideographs and extension A, 〇): the one Han
 * test of the codebase, for the detector and for whoever needs to tell a
 * Chinese text from another.
 */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
}

/** Any Han character in the text. */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}
