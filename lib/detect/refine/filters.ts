/**
 * Drops what the scanner could not rule out alone: bare numbers no range
 * took, and counts that are really years, ranks or parts of names.
 */
import { rankBefore } from '../lexicon';
import { followsName } from '../noun';
import type { Candidate } from '../scan';
import { isInlineSpace } from '../chars';

function looksLikeYear(text: string, c: Candidate): boolean {
  const { digits, exp } = c.written;
  // "in 2024 companies": a four-digit number without a thousands comma is read as a year.
  return exp === 0 && digits.length === 4 && c.multiplyExp === undefined && +digits >= 1900 && +digits <= 2100 && text.charCodeAt(c.start + 1) !== 44;
}

function isRanked(text: string, c: Candidate): boolean {
  let at = c.outerStart;
  while (at > 0 && at > c.outerStart - 2 && isInlineSpace(text.charCodeAt(at - 1))) at--;
  return rankBefore.find(text, at, Math.max(0, at - 8)) !== undefined;
}

export function dropNonFigures(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c) => c.kind !== undefined && !(c.kind === 'count' && (looksLikeYear(text, c) || isRanked(text, c) || followsName(text, c.outerStart))),
  );
}
