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

type CueRole = Exclude<PercentRole, 'change'>;

interface Cue {
  re: RegExp;
  role: CueRole;
  /** −1 for words of decline ("fell", "下降"): the growth is negative. */
  sign?: -1;
  /** A noun names what the figure is wherever the sentence puts it: "growth slowed to 4.6%" is still growth. */
  noun?: true;
}

interface Phrases {
  cues: Cue[];
  /** Words before a target word that make a figure before it an actual value ("grew 5%, beating expectations", "好于预期"). */
  notTarget: RegExp;
  /** A target word ending in a colon governs the list after it ("主要预期目标是：…；…"). */
  targetList: RegExp;
  basis: { re: RegExp; basis: GrowthBasis | 'sequential' }[];
  /** Text between a growth word and the figure that makes the figure the level reached. */
  endpoint: RegExp;
  /** Text right after the figure that makes it a share ("30 percent of the country's …"). */
  shareAfter: RegExp;
  /** Text between an amount and the percent after it that links them as subject ("… to 9 trillion yuan"). */
  subjectAfter: RegExp;
}

const PHRASES: Record<Lang, Phrases> = {
  en: {
    cues: [
      { re: /\b(?:(?:growth|inflation|deficit|GDP) )?(?:targets?|targeted|goals?)\b|\baim(?:s|ed|ing)?\b|\bobjective\b|\bexpect(?:s|ed|ations?)?\b|\bforecasts?\b|\bforecasted\b|\bprojected\b|\bprojections?\b|\bplans? to\b|\bseeks? to\b|\bpledged? to\b|\blikely to\b|\bis set to\b|\bbudgeted\b|\bguidance\b/gi, role: 'target' },
      { re: /\baccount(?:s|ed|ing)? for\b|\bshares? of\b|\bshare\b|\bof (?:the )?total\b|\bproportion\b|\bcontribut(?:e|es|ed|ing|ion|ions)\b(?:[^,;.]*?\b(?:to|of)\b[^,;.]*?\b(?:growth|increase|increment|expansion)\b)?|\bmak(?:e|es|ing) up\b|\bmade up\b|\bstake\b|\bweight\b|\bratio\b/gi, role: 'share' },
      { re: /\b(?:interest|unemployment|jobless|inflation|tariff|tax|mortgage|lending|deposit|policy|benchmark|savings|vacancy|participation|poverty|default|discount|repo|loan prime|prime|coupon|funds) rates?\b|\binflation\b|\btariffs?\b|\byields?\b|\bunemployment\b|\bjobless\b|\bLPR\b|\bmargins?\b|\boccupancy\b|\bdebt[- ]to[- ]GDP\b|\brates?\b/gi, role: 'level' },
      { re: /\bgrowth(?: rates?)?\b|\bexpansion\b|\bincrement\b/gi, role: 'growth', noun: true },
      { re: /\b(?:gr[eo]w(?:s|n|ing)?|rise|rises|rose|risen|rising|increase[sd]?|increasing|up|gain(?:s|ed)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surge[sd]?|surging|soar(?:s|ed|ing)?|expand(?:s|ed|ing)?|rebound(?:s|ed)?|accelerat(?:e|ed|es|ing)|advance[sd]?|higher|boost(?:s|ed)?|hike[sd]?|raised?)\b|\bedg(?:e|ed|es|ing) (?:up|higher)\b/gi, role: 'growth' },
      { re: /\b(?:fell|fall(?:s|en|ing)?|down|decline[sd]?|declining|drop(?:s|ped|ping)?|decrease[sd]?|decreasing|contract(?:s|ed|ing|ion)?|shr[aiu]nk|shrinks?|slid|slides?|slump(?:s|ed)?|plunge[sd]?|tumble[sd]?|lower|reduc(?:e|ed|es|ing|tion)|cut|lost|loss)\b|\bedg(?:e|ed|es|ing) (?:down|lower)\b/gi, role: 'growth', sign: -1 },
    ],
    notTarget: /\b(?:than|beat(?:s|ing)?|miss(?:ed|es|ing)?|exceed(?:ed|s|ing)?|meet(?:s|ing)?|met|hit(?:s|ting)?|above|below|in line with|short of|surpass(?:ed|ing)?|topp(?:ed|ing)|achiev(?:e|ed|ing))\s+(?:[\w'’-]+\s+){0,4}$/i,
    targetList: /\b(?:targets?|goals?)\b[^.;:]{0,20}:/gi,
    basis: [
      { re: /\byear[- ]on[- ]year\b|\by\/y\b|\byoy\b|\byear over year\b|\bfrom a year (?:earlier|ago|before)\b|\bthan a year (?:earlier|ago)\b|\b(?:from|over|on|compared (?:with|to)|than) (?:the )?(?:same (?:period|month|quarter) (?:of |in )?(?:a year earlier|last year|the previous year|\d{4})|last year|the previous year|the prior year|a year earlier)\b|\bon an annual basis\b/gi, basis: 'yoy' },
      { re: /\bquarter[- ]on[- ]quarter\b|\bq\/q\b|\bqoq\b|\bon a quarterly basis\b|\b(?:from|over|than) the (?:previous|prior|preceding) quarter\b/gi, basis: 'qoq' },
      { re: /\bmonth[- ]on[- ]month\b|\bm\/m\b|\bmom\b|\bon a monthly basis\b|\b(?:from|over|than) (?:the (?:previous|prior|preceding) month|a month (?:earlier|ago|before))\b/gi, basis: 'mom' },
      { re: /\bsequential(?:ly)?\b/gi, basis: 'sequential' },
    ],
    endpoint: /\b(?:to|from)\s+(?:(?:a|an|the|about|around|approximately|nearly|almost|over|some|roughly|just|below|above|under|record|high|low|new)\s+){0,3}$/i,
    shareAfter: /^\s+of\s+(?!(?:growth|increase|gains?)\b)/i,
    subjectAfter: /^\s*(?:year[- ]on[- ]year\s+)?(?:to|at|reaching)\s+(?:(?:about|around|approximately|nearly|over|some|a record)\s+)*$/i,
  },
  zh: {
    cues: [
      { re: /目标|预期|预计|力争|计划|指导价|有望/g, role: 'target' },
      { re: /占|比重|占比|份额|贡献率|贡献/g, role: 'share' },
      { re: /利率|失业率|关税|税率|收益率|通胀率|通胀|LPR|准备金率|负债率|杠杆率|汇率|毛利率|入住率|就业率|城镇化率/g, role: 'level' },
      // Any other "…率" is a rate's level ("产品销售率为97.5%"), except a growth rate.
      { re: /[\u4e00-\u9fff]{1,4}(?<!增长|增|涨|降)率/g, role: 'level' },
      { re: /增长率|增速|增幅|涨幅/g, role: 'growth', noun: true },
      { re: /降幅/g, role: 'growth', sign: -1, noun: true },
      { re: /增长|上涨|上升|提高|提升|增加|扩大|回升|加快|反弹|攀升|增|涨/g, role: 'growth' },
      { re: /下降|下跌|回落|减少|收窄|萎缩|降低|下滑|放缓|跌|降/g, role: 'growth', sign: -1 },
    ],
    notTarget: /(?:超|好于|高于|低于|符合|不及|完成|实现|达到|达成|超出)$/,
    targetList: /(?:目标|预期)[^。；：]{0,8}[：:]/g,
    basis: [
      { re: /同比|比上年|较上年|比去年|较去年|比上年同期|比去年同期|较上年同期|与上年同期相比|与去年同期相比|上年同期/g, basis: 'yoy' },
      { re: /比上季度|较上季度|比上一季度/g, basis: 'qoq' },
      { re: /比上月|较上月|比上个月/g, basis: 'mom' },
      { re: /环比/g, basis: 'sequential' },
    ],
    endpoint: /[至到由从为]\s*(?:约|近|超过|达)?\s*$/,
    // Chinese puts the whole before the share ("占进出口总值的15.3%"): nothing after it makes a share.
    shareAfter: /(?!)/,
    subjectAfter: /^\s*(?:[，,]\s*)?(?:达到|达|至|为|突破)\s*$/,
  },
};

export interface PercentReading {
  role?: PercentRole;
  basis?: GrowthBasis;
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

function analyse(sentence: string, lang: Lang, cache?: SentenceCache) {
  const key = `${lang}\u0000${sentence}`;
  const hit = cache?.get(key);
  if (hit) return hit;
  const p = PHRASES[lang];
  const all: Found[] = [];
  for (const cue of p.cues) {
    for (const m of sentence.matchAll(cue.re)) {
      const found: Found = { start: m.index, end: m.index + m[0].length, role: cue.role, sign: cue.sign ?? 1, ...(cue.noun ? { noun: true as const } : {}) };
      if (cue.role === 'target' && p.notTarget.test(sentence.slice(Math.max(0, m.index - 40), m.index))) found.negated = true;
      all.push(found);
    }
  }
  // "contribution to global economic growth" is one share cue, not a share cue and a growth cue.
  const len = (s: Span) => s.end - s.start;
  const cues = all.filter((a) => !all.some((b) => b !== a && b.start <= a.start && b.end >= a.end && len(b) > len(a)));
  const bases = p.basis.flatMap(({ re, basis }) => [...sentence.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, basis })));
  const list = [...sentence.matchAll(p.targetList)][0];
  const entry = { cues, bases, boundaries: clauseBoundaries(sentence), listFrom: list ? list.index + list[0].length : Infinity };
  cache?.set(key, entry);
  return entry;
}

/** Whether a sentence sets out targets or forecasts (such a sentence does not set the year for the text after it). */
export function hasTargetWord(sentence: string, lang: Lang, cache?: SentenceCache): boolean {
  return analyse(sentence, lang, cache).cues.some((c) => c.role === 'target' && !c.negated);
}

const PRIORITY: Record<CueRole, number> = { target: 0, share: 1, level: 2, growth: 3 };

interface PercentContext {
  /** Spans (in the sentence) of the other figures of the same sentence. */
  siblings?: readonly Span[];
  /** Months the figure's period spans, to tell quarter-on-quarter from month-on-month for "环比". */
  periodMonths?: number;
  cache?: SentenceCache;
}

/** Role, basis and sign of a percent figure. */
export function readPercent(figure: Pick<Figure, 'sentence' | 'sentenceOffset' | 'text' | 'lang' | 'unit' | 'value'>, ctx: PercentContext = {}): PercentReading {
  const sign: 1 | -1 = figure.value < 0 ? -1 : 1;
  if (figure.unit === 'pp' || figure.unit === 'bp') return { role: 'change', sign };
  const { sentence, lang } = figure;
  const p = PHRASES[lang];
  const { cues, bases, boundaries, listFrom } = analyse(sentence, lang, ctx.cache);
  const span = { start: figure.sentenceOffset, end: figure.sentenceOffset + figure.text.length };
  const clause = clauseAround(boundaries, sentence.length, span.start, span.end);
  const others = ctx.siblings ?? [];

  const usable = (c: Span) => !blockedBy(c, span, others);
  const inClause = (c: Span) => c.start >= clause.start && c.end <= clause.end;
  const isEndpoint = (c: Found) => c.role === 'growth' && !c.noun && c.end <= span.start && p.endpoint.test(sentence.slice(c.end, span.start));
  const isActual = (c: Found) => c.negated === true && c.start >= span.end;

  const valid = cues.filter((c) => !isEndpoint(c) && !isActual(c));
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
  if (clauseCues.some((c) => c.role === 'target') || span.start >= listFrom) role = 'target';
  else {
    // Last, a cue beyond a neighbour: the subject noun of "the unemployment rate rose 0.1 points to 4.2%" governs both.
    cue = pick(clauseCues) ?? pick(candidates) ?? pick(valid);
    role = cue?.role;
  }

  const basisWord = bases.filter((b) => usable(b)).sort((a, b) => gap(a, span) - gap(b, span))[0];
  if (basisWord && (role === undefined || role === 'growth') && (inClause(basisWord) || role === 'growth')) {
    role = 'growth';
    const basis = basisWord.basis === 'sequential' ? (ctx.periodMonths === 3 ? 'qoq' : 'mom') : basisWord.basis;
    return { role, basis, sign: cue?.sign === -1 ? -1 : sign };
  }
  return role === undefined ? { sign } : { role, sign: role === 'growth' && cue?.sign === -1 ? -1 : sign };
}

/**
 * The amount a growth or share percent modifies, when the sentence makes it
 * clear: the nearest money, count or quantity figure before it in the sentence
 * ("9 trillion yuan, reflecting a 9.8 percent year-on-year growth"), else one
 * it leads to ("grew 5 percent to 134.9 trillion yuan").
 */
export function findSubject<T extends Pick<Figure, 'id' | 'kind' | 'sentenceOffset' | 'text' | 'equivalentOf'>>(
  percent: Pick<Figure, 'sentence' | 'sentenceOffset' | 'text' | 'lang'>,
  sameSentence: readonly T[],
): T | undefined {
  const amounts = sameSentence.filter((f) => f.kind !== 'percent' && !f.equivalentOf);
  let before: T | undefined;
  for (const f of amounts) if (f.sentenceOffset < percent.sentenceOffset && (!before || f.sentenceOffset > before.sentenceOffset)) before = f;
  if (before) return before;
  const end = percent.sentenceOffset + percent.text.length;
  const after = amounts.filter((f) => f.sentenceOffset >= end).sort((a, b) => a.sentenceOffset - b.sentenceOffset)[0];
  return after && PHRASES[percent.lang].subjectAfter.test(percent.sentence.slice(end, after.sentenceOffset)) ? after : undefined;
}
