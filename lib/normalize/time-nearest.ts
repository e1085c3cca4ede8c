/**
 * Which of a sentence's time words is a figure's: the nearest, its own clause first, a word nearer another
 * figure (or a comparison's base) being that figure's.
 */
import type { Lang } from '../figure';
import { gap, type Span } from './clauses';
import { PHRASES, readable } from './phrases';
import type { TimeWord } from './time-words';

/**
 * The time word nearest the figure among `words`: in its clause if any there,
 * else in the sentence, preferring words whose clause holds no other figure
 * (in "For Q4 of 2024, GDP grew 5.4%, following 4.6% growth in Q3", Q3 is
 * 4.6%'s). A word nearer another figure is that figure's ("from 56.88 trillion
 * yuan in 2013 to 134.9 trillion yuan in 2024"): English puts the time after
 * the figure and Chinese before it ("2024年…134.9万亿元"), so a word on the
 * other side counts as twice as far.
 */
export function nearest<T extends TimeWord>(words: T[], figure: Span, clause: Span, siblings: readonly Span[], lang: Lang, owned: (w: T) => boolean, bases: readonly Span[] = []): T | undefined {
  // "Gross Margin was 12% compared with 11% during the parallel period of 2017": a word nearer a figure that is
  // the base of a comparison is that base's time, never the figure's.
  const ofBase = (w: T) => bases.some((b) => reach(w, b, lang) < reach(w, figure, lang));
  const own = words.filter((w) => !ofBase(w));
  const inClause = own.filter((w) => w.start >= clause.start && w.end <= clause.end);
  let pool = inClause.length > 0 ? inClause : own.filter((w) => w.kind !== 'anchored' || !owned(w));
  // "今年8月…为324亿元，较去年同月上升13.7%，今年7月…则上升16.7%": Chinese names the time before what it
  // is about, so a word of a later clause is not the figure's while one before it stands.
  if (lang === 'zh' && inClause.length === 0 && pool.some((w) => w.end <= figure.start)) pool = pool.filter((w) => w.start < clause.end);
  // "经营开支预计为五千零一十五亿元，…，主要涉及去年关爱共享计划的一百一十二亿元开支": nor is a later clause's word
  // that names another figure's time; the figure is in the text's year.
  else if (lang === 'zh' && inClause.length === 0) pool = pool.filter((w) => w.start < clause.end || !owned(w));
  let best: T | undefined;
  let bestScore = Infinity;
  for (const w of pool) {
    const distance = reach(w, figure, lang);
    const theirs = siblings.some((s) => reach(w, s, lang) < distance);
    const score = distance + (theirs ? 1_000 : 0) + (inClause.length === 0 && owned(w) ? 10_000 : 0);
    if (score < bestScore) {
      best = w;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether the figure at `span` is the base of a comparison: "compared with ~NIS 377 million", "a jump from
 * 5.8 percent"; "More than one million" is a bound, not a base.
 */
export function isBase(sentence: string, lang: Lang, span: Span): boolean {
  const { comparisonBefore, boundBefore } = PHRASES[lang].time;
  const lead = readable(sentence, lang).slice(Math.max(0, span.start - 40), span.start).replace(/[~≈]\s*$/, '');
  return comparisonBefore.test(lead) && !boundBefore.test(lead);
}

/** How far a time word is from a figure, a word on the unusual side counting double. */
export function reach(word: Span, figure: Span, lang: Lang): number {
  const after = word.start >= figure.end;
  return gap(word, figure) * (after === (lang === 'en') ? 1 : 2) + (after === (lang === 'en') ? 0 : 0.5);
}
