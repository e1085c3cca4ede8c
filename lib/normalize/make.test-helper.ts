/**
 * Figures for tests, built by hand so rule tests do not depend on the
 * detector: mark each figure in a sentence with [[…]].
 *
 *   page('2025-01-16', 'Exports exceeded [[9 trillion yuan]], up [[9.8 percent]] year-on-year.')
 *
 * The value, unit and currency are read from the marked text; a hedge word
 * just before it ("about", "exceeded", "约") and a parenthesised restatement
 * ("[[14 trillion yuan]] ([[US$ 1.9 trillion]])") are filled in the way the
 * detector reports them.
 */
import { analyzePage, type AnalyzeOptions } from '@/lib/analyze';
import type { CurrencyCode, Figure, HedgeBound, Lang, PageInfo, PercentUnit } from '@/lib/figure';
import { readTimeMarks } from '@/lib/normalize';

const SCALES: [RegExp, number][] = [
  [/万亿/, 1e12], [/亿/, 1e8], [/万(?!亿)/, 1e4],
  [/\btrillion\b/i, 1e12], [/\bbillion\b/i, 1e9], [/\bmillion\b/i, 1e6], [/\bthousand\b/i, 1e3],
];
const CURRENCIES: [RegExp, CurrencyCode][] = [
  [/HK\$|港元|港币/, 'HKD'], [/NT\$|新台币/, 'TWD'], [/MOP|澳门元|patacas?/, 'MOP'], [/US\$|\$|美元|dollars?/, 'USD'],
  [/€|euros?|欧元/, 'EUR'], [/£|pounds?/, 'GBP'], [/yuan|元|人民币/, 'CNY'],
];
const UNITS: [RegExp, PercentUnit][] = [
  [/basis points?|个基点|\bbp\b/i, 'bp'], [/percentage points?|[个個]百分[点點]|\bpp\b|碼/i, 'pp'], [/[%％]|percent|per cent/i, '%'],
];
const HEDGES: [RegExp, HedgeBound][] = [
  [/(?:about|around|approximately|roughly|some|约|約)\s*$/i, 'approx'],
  [/(?:over|more than|exceeded|surpassed|above|超过|超過|逾)\s*$/i, 'above'],
  [/(?:at least|不低于|至少)\s*$/i, 'at-least'],
  [/(?:nearly|almost|close to|近)\s*$/i, 'below'],
  [/(?:up to|最多)\s*$/i, 'at-most'],
];

function detectedFields(text: string, before: string): Omit<Figure, 'id' | 'text' | 'start' | 'end' | 'sentence' | 'sentenceOffset' | 'lang'> {
  const numbers = [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
  const scale = SCALES.find(([re]) => re.test(text))?.[1];
  const value = (numbers[0] ?? 0) * (scale ?? 1);
  const base = { value, ...(numbers.length > 1 ? { valueMax: numbers[1]! * (scale ?? 1) } : {}), ...(scale ? { scale } : {}) };
  const hedge = HEDGES.find(([re]) => re.test(before));
  const hedged = hedge ? { hedge: { text: before.match(hedge[0])![0].trim(), bound: hedge[1] } } : {};
  const unit = UNITS.find(([re]) => re.test(text))?.[1];
  if (unit) return { kind: 'percent', unit, ...base, ...hedged };
  const currency = CURRENCIES.find(([re]) => re.test(text))?.[1];
  if (currency) return { kind: 'money', currency, ...base, ...hedged };
  const noun = text.replace(/^[\d,.\s]+/, '').replace(/^(?:thousand|million|billion|万|亿)\s*/, '');
  return { kind: 'count', noun, ...base, ...hedged };
}

/** The figures of marked sentences, one sentence per line of text, as the detector would report them. */
export function figuresOf(...sentences: string[]): { text: string; figures: Figure[] } {
  const figures: Figure[] = [];
  let text = '';
  for (const marked of sentences) {
    if (text) text += '\n';
    const sentenceStart = text.length;
    const sentence = marked.replace(/\[\[|\]\]/g, '');
    const lang: Lang = /[\u4e00-\u9fff]/.test(sentence) ? 'zh' : 'en';
    let removed = 0;
    for (const m of marked.matchAll(/\[\[(.+?)\]\]/g)) {
      const offset = m.index - removed;
      removed += 4;
      const start = sentenceStart + offset;
      const f: Figure = {
        id: `f${start}`,
        text: m[1]!,
        start,
        end: start + m[1]!.length,
        sentence,
        sentenceOffset: offset,
        lang,
        ...detectedFields(m[1]!, sentence.slice(Math.max(0, offset - 20), offset)),
      };
      const previous = figures.at(-1);
      // "14 trillion yuan (US$ 1.9 trillion)": the bracketed amount restates the one before it.
      if (f.kind === 'money' && previous?.kind === 'money' && /^\s*[(（]\s*$/.test(sentence.slice(previous.sentenceOffset + previous.text.length, offset))) {
        f.equivalentOf = previous.id;
      }
      figures.push(f);
    }
    text += sentence;
  }
  return { text, figures };
}

export function pageInfo(publishedAt?: string, lang: Lang = 'en'): PageInfo {
  return { url: 'https://example.com/a', title: 'Test', lang, ...(publishedAt ? { publishedAt, publishedFrom: 'byline' as const } : {}) };
}

/** analyzePage over marked sentences; `get(text)` finds a figure by what it says (the nth one with `at`). */
export function analyze(publishedAt: string | undefined, sentences: string[], options: AnalyzeOptions = {}) {
  const { text, figures } = figuresOf(...sentences);
  const zh = sentences.some((s) => /[\u4e00-\u9fff]/.test(s));
  const page = pageInfo(publishedAt, zh ? 'zh' : 'en');
  // The page's sentences without figures set its time too, as the page engine sends them.
  const marks = readTimeMarks(text, page.lang);
  if (marks.length > 0) page.marks = marks;
  const out = analyzePage(page, figures, { readerCurrency: 'USD', ...options });
  const get = (text: string, at = 0): Figure => {
    const found = out.filter((f) => f.text === text)[at];
    if (!found) throw new Error(`no figure "${text}" (#${at}) among: ${out.map((f) => f.text).join(' | ')}`);
    return found;
  };
  const notes = (text: string, at = 0) => (get(text, at).notes ?? []).map((n) => n.text);
  return { figures: out, get, notes };
}

/** The year and months of one marked figure, as time tests compare them. */
export function periodOf(published: string | undefined, sentences: string[], figure: string) {
  const p = analyze(published, sentences).get(figure).period;
  return p && { year: p.year, fromMonth: p.fromMonth, toMonth: p.toMonth };
}
