/**
 * Drops what the scanner could not rule out alone: bare numbers no range
 * took, and counts that are really years, ranks or parts of names.
 */
import { progressBefore, rankBefore } from '../lexicon';
import { followsName } from '../noun';
import type { Candidate } from '../candidate';
import { isInlineSpace } from '../chars';

/** Years economic history writes about: "Between 1850 and 1900 wages…". */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2100;

function looksLikeYear(text: string, c: Candidate): boolean {
  const { digits, exp } = c.written;
  // "in 2024 companies": a four-digit number without a thousands comma is read as a year.
  return !c.vague && exp === 0 && digits.length === 4 && c.multiplyExp === undefined && +digits >= FIRST_YEAR && +digits <= LAST_YEAR && !hasComma(text, c.start, c.end);
}

/** "2,024 companies" is a count: a thousands comma is no year's. */
function hasComma(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 44) return true;
  return false;
}

/** "（剩余60%）": a reading-progress counter of a paywalled page, a bracket around a progress word and a percentage. */
function isProgressCounter(text: string, c: Candidate): boolean {
  if (c.kind !== 'percent' || !CLOSE.has(text.charCodeAt(c.end))) return false;
  const marker = progressBefore.find(text, c.outerStart, Math.max(0, c.outerStart - 8));
  return marker !== undefined && OPEN.has(text.charCodeAt(progressBefore.at - 1));
}

const OPEN = new Set([40, 0xff08, 0x3010, 91]);
const CLOSE = new Set([41, 0xff09, 0x3011, 93]);

function isRanked(text: string, c: Candidate): boolean {
  let at = c.outerStart;
  while (at > 0 && at > c.outerStart - 2 && isInlineSpace(text.charCodeAt(at - 1))) at--;
  return rankBefore.find(text, at, Math.max(0, at - 8)) !== undefined;
}

export function dropNonFigures(text: string, candidates: Candidate[]): Candidate[] {
  return candidates.filter(
    (c) =>
      c.kind !== undefined &&
      !(c.kind === 'count' && (looksLikeYear(text, c) || isRanked(text, c) || followsName(text, c.outerStart))) &&
      !isProgressCounter(text, c),
  );
}
