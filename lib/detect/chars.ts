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

/** CJK unified ideographs (the basic block), as a regular-expression class body: what makes a stretch of text Chinese. */
export const HAN_CLASS = '\\u4e00-\\u9fff';

/** A CJK unified ideograph (the basic block). */
export function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}
