/**
 * What a percentage is: growth (and on what basis), a share, a target, a
 * level, or a change in points; and which amount it modifies.
 *
 * The rules are phrase tables per language. A cue counts for the figure it is
 * nearest to, in the figure's clause first, then in the sentence; a cue with
 * another figure in between belongs to that figure ("Exports, accounting for
 * 30 percent of the total, rose 5 percent": "rose" is 5 percent's). A growth
 * verb that leads to the figure with "to"/"from" ("rose to 5.2 percent",
 * "下降至5.1%") names a level reached, not a growth.
 */
import type { Figure, GrowthBasis, Lang, PercentRole } from '../figure';
import { blockedBy, clauseAround, clauseBoundaries, gap, type Span } from './clauses';
import { PHRASES, readable, type CueRole } from './phrases';
import { saysRespectively } from './time-words';

/** Roles that say what someone means to happen, not what happened: their sentences do not set the year of the facts after them. */
const PLANS: ReadonlySet<CueRole> = new Set<CueRole>(['target', 'forecast']);

export interface PercentReading {
  role?: PercentRole;
  basis?: GrowthBasis;
  /** Where the basis came from: a word of the sentence, the last one the text named, or the default (year on year). */
  basisFrom?: 'text' | 'context' | 'default';
  /** −1 when the words say the growth is a decline ("fell 3 percent" has value 3). */
  sign: 1 | -1;
}

interface Found extends Span {
  role: CueRole;
  sign: 1 | -1;
  noun?: true;
  /** A target word after "meeting", "than", "好于"…: it still marks a value after it ("meeting the target of 5%"). */
  negated?: boolean;
}

export type SentenceCache = Map<string, { cues: Found[]; bases: (Span & { basis: GrowthBasis | 'sequential' })[]; boundaries: Span[]; listFrom: number }>;

function analyse(original: string, lang: Lang, cache?: SentenceCache) {
  const key = `${lang}\u0000${original}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const p = PHRASES[lang].percent;
  const sentence = readable(original, lang);
  const all: Found[] = [];
  for (const cue of p.cues) {
    for (const m of sentence.matchAll(cue.re)) {
      const found: Found = { start: m.index, end: m.index + m[0].length, role: cue.role, sign: cue.sign ?? 1, ...(cue.noun ? { noun: true as const } : {}) };
      if (PLANS.has(cue.role) && p.notTarget.test(sentence.slice(Math.max(0, m.index - 40), m.index))) found.negated = true;
      all.push(found);
    }
  }
  // "contribution to global economic growth" is one share cue, not a share cue and a growth cue.
  const len = (s: Span) => s.end - s.start;
  const bases = p.basis.flatMap(({ re, basis }) => [...sentence.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, basis })));
  // "up 9% from the previous estimate": the estimate is the base of the comparison, not a forecast.
  // "修订估计", "从原本预估的7.91%上修至12.68%": a statistic's name or its earlier reading, not anyone's expectation.
  const statistic = [...sentence.matchAll(p.notPlan)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const inBasis = (c: Found) => PLANS.has(c.role) && [...bases, ...statistic].some((b) => b.start <= c.start && b.end >= c.end);
  const cues = all.filter((a) => !inBasis(a) && !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && len(b) > len(a)));
  const list = [...sentence.matchAll(p.targetList)][0];
  const entry = { cues, bases, boundaries: clauseBoundaries(sentence), listFrom: list ? list.index + list[0].length : Infinity };
  cache?.set(key, entry);
  return entry;
}

/** Whether a sentence sets out targets or forecasts (such a sentence does not set the year for the text after it). */
export function hasTargetWord(sentence: string, lang: Lang, cache?: SentenceCache): boolean {
  return analyse(sentence, lang, cache).cues.some((c) => PLANS.has(c.role) && !c.negated);
}

/**
 * Whether the figure at [from, to) of the sentence only continues a list begun by the percent ending at
 * `after`: nothing but separators and time words between them, no role word ("expected to average 5.3%
 * in 2023, 2.9% in 2024 and 2.1% in 2025"; "increased to 3.50%, 3.75% and 3.00%").
 */
export function continuesList(sentence: string, lang: Lang, after: number, from: number, cache?: SentenceCache): boolean {
  if (from - after > 30) return false;
  const text = readable(sentence, lang).slice(after, from);
  if (/[;；。:：]/.test(text)) return false;
  const { cues, bases } = analyse(sentence, lang, cache);
  return ![...cues, ...bases].some((c) => c.start < from && c.end > after);
}

/** Whether a sentence has a word of growth ("grow", "增长"): a target there is a growth target. */
export function hasGrowthWord(sentence: string, lang: Lang): boolean {
  // Any growth word, also one inside a longer cue ("growth target").
  const text = readable(sentence, lang);
  return PHRASES[lang].percent.cues.some((c) => c.role === 'growth' && c.sign !== -1 && text.search(c.re) >= 0);
}

const PRIORITY: Record<CueRole, number> = { target: 0, forecast: 1, share: 2, level: 3, growth: 4 };

interface PercentContext {
  /** Spans (in the sentence) of the other figures of the same sentence. */
  siblings?: readonly Span[];
  /**
   * Spans of the other percentages of the sentence, when known: only these block a basis word, since an
   * amount between ("比上年减少162万吨，下降1.2%") is what the rate compares, not a rate with a basis of its own.
   */
  rates?: readonly Span[];
  /** Months the figure's period spans, to tell quarter-on-quarter from month-on-month for "环比". */
  periodMonths?: number;
  cache?: SentenceCache;
}

/** Role, basis and sign of a percent figure. */
export function readPercent(figure: Pick<Figure, 'sentence' | 'sentenceOffset' | 'text' | 'lang' | 'unit' | 'value'>, ctx: PercentContext = {}): PercentReading {
  const sign: 1 | -1 = figure.value < 0 ? -1 : 1;
  if (figure.unit === 'pp' || figure.unit === 'bp') return { role: 'change', sign };
  const { lang } = figure;
  const sentence = readable(figure.sentence, lang);
  const p = PHRASES[lang].percent;
  const { cues, bases, boundaries, listFrom } = analyse(sentence, lang, ctx.cache);
  const span = { start: figure.sentenceOffset, end: figure.sentenceOffset + figure.text.length };
  const clause = clauseAround(boundaries, sentence.length, span.start, span.end);
  const others = ctx.siblings ?? [];

  const usable = (c: Span) => !blockedBy(c, span, others);
  const inClause = (c: Span) => c.start >= clause.start && c.end <= clause.end;
  const isEndpoint = (c: Found) => c.role === 'growth' && !c.noun && c.end <= span.start && p.endpoint.test(sentence.slice(c.end, span.start));
  const isActual = (c: Found) => c.negated === true && c.start >= span.end;

  // A plan word across a new clause of facts is not this figure's ("was predicted to rise 5% and revenue increased 3.2%").
  const between = (c: Span) => sentence.slice(Math.min(c.end, span.end), Math.max(c.start, span.start));
  const broken = (c: Found) => PLANS.has(c.role) && p.planBreak.test(between(c));
  const valid = cues.filter((c) => !isEndpoint(c) && !isActual(c) && !broken(c));
  const candidates = valid.filter(usable);
  const pick = (pool: Found[]) =>
    pool.reduce<Found | undefined>((best, c) => {
      if (!best) return c;
      const d = gap(c, span) - gap(best, span);
      return d < 0 || (d === 0 && PRIORITY[c.role] < PRIORITY[best.role]) ? c : best;
    }, undefined);

  let role: PercentRole | undefined;
  let cue: Found | undefined;
  const clauseCues = candidates.filter(inClause);
  if (p.shareAfter.test(sentence.slice(span.end, span.end + 30))) clauseCues.push({ start: span.end, end: span.end, role: 'share', sign: 1 });
  // A plan word anywhere in the clause governs it ("analysts expect profit to jump 30%"); the nearest one decides which.
  // An amount between does not block it: the plan covers the clause's amount and its rate alike
  // ("今年外銷訂單預期將首度站上七千億美元大關、年增逾兩成").
  const plan = pick(valid.filter((c) => inClause(c) && PLANS.has(c.role)));
  if (plan) role = plan.role;
  else if (span.start >= listFrom) role = 'target';
  else {
    // Last, a cue beyond a neighbour: the subject noun of "the unemployment rate rose 0.1 points to 4.2%" governs both.
    cue = pick(clauseCues) ?? pick(candidates) ?? pick(valid);
    // A multiple is a growth by what it is ("exports tripled", 翻了一番, "a 2.5-fold rise"), with or without a growth word.
    role = cue?.role ?? (figure.unit === 'x' ? 'growth' : undefined);
  }

  // A basis word in the clause of another rate is that rate's ("增长16.5%，增速比上月减慢1.4个百分点").
  const rateSpans = ctx.rates ?? [];
  const othersClause = (b: Span) => {
    const c = clauseAround(boundaries, sentence.length, b.start, b.end);
    return rateSpans.some((r) => r.start >= c.start && r.end <= c.end);
  };
  const basisUsable = (b: Span) => !blockedBy(b, span, ctx.rates ?? others) && (inClause(b) || !othersClause(b));
  // The figure's own clause first: in "同比下降11.9%，环比下降55.5%" 环比 is nearer 11.9% but 55.5%'s.
  const basisWord = bases.filter(basisUsable).sort((a, b) => Number(inClause(b)) - Number(inClause(a)) || gap(a, span) - gap(b, span))[0];
  if (basisWord && basisWord.basis === 'other' && role === 'growth' && inClause(basisWord)) return { role, basis: 'other', basisFrom: 'text', sign: cue?.sign === -1 ? -1 : sign };
  if (basisWord && (role === undefined || role === 'growth') && (inClause(basisWord) || role === 'growth')) {
    role = 'growth';
    const basis = basisWord.basis === 'sequential' ? (ctx.periodMonths === 3 ? 'qoq' : 'mom') : basisWord.basis;
    return { role, basis, basisFrom: 'text', sign: cue?.sign === -1 ? -1 : sign };
  }
  return role === undefined ? { sign } : { role, sign: role === 'growth' && cue?.sign === -1 ? -1 : sign };
}

/**
 * The amount a growth or share percent modifies, when the sentence makes it
 * clear: in a "respectively"/"分别" list, the amount of the same rank; the
 * amount a rate leads to ("up 14 percent year on year to 1.1 trillion yuan",
 * "增长5%，达到134.9万亿元"); else the nearest money, count or quantity figure before
 * it ("9 trillion yuan, reflecting a 9.8 percent year-on-year growth"),
 * unless a new clause of another measure stands between them ("…, while
 * spending on equipment rose 9 percent") or the count is of things whose
 * other measure grew ("52,000 firms … whose output expanded by 6 percent").
 */
export function findSubject<T extends Pick<Figure, 'id' | 'kind' | 'sentenceOffset' | 'text' | 'equivalentOf'>>(
  percent: Pick<Figure, 'sentence' | 'sentenceOffset' | 'text' | 'lang' | 'kind'>,
  sameSentence: readonly T[],
): T | undefined {
  const p = PHRASES[percent.lang].percent;
  const sentence = readable(percent.sentence, percent.lang);
  // A threshold passed ("突破7000亿美元大关") is no rate's subject, before or after it.
  const isThreshold = (f: T) => p.threshold.test(sentence.slice(f.sentenceOffset + f.text.length, f.sentenceOffset + f.text.length + 24));
  const amounts = sameSentence.filter((f) => f.kind !== 'percent' && !f.equivalentOf && !isThreshold(f));
  const end = percent.sentenceOffset + percent.text.length;
  if (saysRespectively(percent.sentence, percent.lang)) {
    // The lists pair within their part of the sentence: "金額分別是A及B，年增率分別為x及y；114年…" ends at "；".
    const from = Math.max(...[';', '；'].map((c) => sentence.lastIndexOf(c, percent.sentenceOffset))) + 1;
    const stops = [';', '；'].map((c) => sentence.indexOf(c, end)).filter((i) => i >= 0);
    const to = stops.length > 0 ? Math.min(...stops) : sentence.length;
    const inPart = (f: T) => f.sentenceOffset >= from && f.sentenceOffset < to;
    const rates = sameSentence.filter((f) => f.kind === 'percent' && !f.equivalentOf && inPart(f));
    const listed = amounts.filter(inPart);
    const rank = rates.findIndex((f) => f.sentenceOffset === percent.sentenceOffset);
    // "A、B、C分别增长12.1%、3.4%和8.8%" with no amounts listed: none is the total's.
    return listed.length === rates.length ? listed[rank] : undefined;
  }
  const after = amounts.filter((f) => f.sentenceOffset >= end).sort((a, b) => a.sentenceOffset - b.sentenceOffset)[0];
  if (after && p.rateBeforeAmount.test(sentence.slice(end, after.sentenceOffset))) return after;
  const earlier = amounts.filter((f) => f.sentenceOffset < percent.sentenceOffset).sort((a, b) => a.sentenceOffset - b.sentenceOffset);
  // A difference ("比上年减少162万吨，下降1.2%") is not what the rate is of: the level before it is.
  const isChange = (f: T) => p.changeBefore.test(sentence.slice(Math.max(0, f.sentenceOffset - 24), f.sentenceOffset));
  while (earlier.length > 1 && isChange(earlier[earlier.length - 1]!)) earlier.pop();
  let before = earlier[earlier.length - 1];
  // A difference alone ("increased by 800,000 as overall work hours dropped by 15.1 per cent") is no rate's base.
  if (before && isChange(before)) return undefined;
  // The text between the amount and the rate that could make the rate another measure's.
  const between = before ? sentence.slice(before.sentenceOffset + before.text.length, percent.sentenceOffset) : '';
  // "汽车166.4万辆，日平均产量5.5万辆，增长2.5%": the rate is of the amount the average is derived from.
  // Unless the rate names the average again ("日均成交7.58万亿元，日均成交同比增长6.6%").
  const averaged = before && earlier.length > 1 && p.averageBefore.test(sentence.slice(Math.max(0, before.sentenceOffset - 12), before.sentenceOffset));
  if (averaged && !p.averageNamed.test(between)) {
    before = earlier[earlier.length - 2];
  }
  if (before) {
    if (p.newMetric.test(between)) return undefined;
    if (before.kind === 'count' && p.countOther.test(between)) return undefined;
    // A rate already paired with this amount ("up 14% to 1.1 trillion yuan, up 3% …") leaves it to that rate.
    return before;
  }
  return after && p.subjectAfter.test(sentence.slice(end, after.sentenceOffset)) ? after : undefined;
}
