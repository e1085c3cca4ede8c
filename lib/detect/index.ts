import type { Figure, Lang } from '../figure';

// Walking-skeleton detector: money in yuan/US$ with scale words, English
// percentages. The figure engine (lib/detect pipeline) replaces it.
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONEY_AFTER = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?\s+yuan/g;
const MONEY_BEFORE = /US\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?/g;
const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/g;

function sentenceAt(text: string, at: number): { text: string; start: number } {
  let from = at;
  while (from > 0 && !/[!?\n]/.test(text[from - 1]!) && !/\.\s/.test(text.slice(from - 1, from + 1))) from--;
  while (/\s/.test(text[from] ?? '')) from++;
  let to = at;
  while (to < text.length && !/[!?\n]/.test(text[to]!) && !(text[to] === '.' && /^\s?$/.test(text[to + 1] ?? ''))) to++;
  return { text: text.slice(from, Math.min(text.length, to + 1)).trim(), start: from };
}

export function detectFigures(text: string, options: { lang?: string } = {}): Figure[] {
  const lang: Lang = options.lang?.startsWith('zh') ? 'zh' : 'en';
  const out: Figure[] = [];
  const add = (m: RegExpExecArray, kind: Figure['kind'], extra: Partial<Figure>, value: number) => {
    const start = m.index;
    const end = start + m[0].length;
    const s = sentenceAt(text, start);
    out.push({ id: `f${start}`, text: m[0], start, end, kind, value, sentence: s.text, sentenceOffset: start - s.start, lang, ...extra });
  };
  const amount = (digits: string, scale?: string) => Number(digits.replace(/,/g, '')) * (scale ? SCALES[scale]! : 1);
  for (const m of text.matchAll(MONEY_AFTER)) add(m, 'money', { currency: 'CNY' }, amount(m[1]!, m[2]));
  for (const m of text.matchAll(MONEY_BEFORE)) add(m, 'money', { currency: 'USD' }, amount(m[1]!, m[2]));
  for (const m of text.matchAll(PERCENT)) add(m, 'percent', { unit: '%' }, Number(m[1]));
  return out.sort((a, b) => a.start - b.start);
}
