/**
 * Links an amount to its conversion written right after it:
 * "14 trillion yuan (US$ 1.9 trillion)", "1.9万亿美元（约合14万亿元人民币）".
 */
import { equivalenceGaps } from '../lexicon';
import type { Candidate } from '../candidate';
import { isInlineSpace } from '../chars';

const MAX_GAP = 24;
/** Every opener starts with one of these: most pairs of amounts are rejected on one character. */
const FIRST = new Set([...equivalenceGaps].map((k) => k.charCodeAt(0)));

function firstAfterSpaces(text: string, at: number): number {
  let i = at;
  while (isInlineSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i);
}

export function linkEquivalents(text: string, candidates: Candidate[]): Candidate[] {
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1]!;
    const b = candidates[i]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.currency === b.currency || b.outerStart - a.end > MAX_GAP || !FIRST.has(firstAfterSpaces(text, a.end))) continue;
    if (equivalenceGaps.has(text.slice(a.end, b.outerStart).trim().replace(/\s+/g, ' '))) b.equivalentOf = a;
  }
  return candidates;
}
