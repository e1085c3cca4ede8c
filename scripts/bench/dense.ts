/**
 * The densest text the benchmark measures: statistical-release prose in
 * English, simplified and traditional Chinese, with a figure about every 25
 * characters (the goal asks for one per 35 at least) (money in several currencies, percentages, points, counts,
 * quantities, lists with one unit, traditional numerals). Deterministic: the
 * numbers come from a seeded generator, so every run measures the same text.
 */
import type { Lang } from '../../lib/figure';
import { random, type Corpus } from './corpus';

type Fill = () => string;

/** Between the statistics, as in a release: a sentence without figures now and then. */
const LINKS: Record<Lang, string[]> = {
  en: ['The bureau said the recovery was broad-based.', 'Officials attributed the gains to stronger domestic demand.'],
  zh: ['国家统计局新闻发言人表示，国民经济持续回升向好。', '發言人表示，經濟穩中有進。'],
};

const TEMPLATES: Record<Lang, ((n: Fill, p: Fill, k: Fill) => string)[]> = {
  en: [
    (n, p) => `Crude steel output rose ${p()}% to ${n()} million tonnes, and exports were US$${n()} billion, up ${p()} per cent.`,
    (n, p, k) => `Some ${k()} firms hired ${k()} workers; sales grew ${p()}, ${p()} and ${p()} percent in the three quarters.`,
    (n, p) => `Power generation reached ${n()} TWh, capacity ${n()} GW, and the port handled ${n()} million TEUs, ${p()} percentage points faster.`,
    (n, p, k) => `Revenue was HK$${n()} billion (about ${n()} billion yuan), margins fell ${p()} basis points and EPS rose ${k()} cents.`,
  ],
  zh: [
    (n, p) => `全年粮食产量${n()}亿吨，增长${p()}%；出口${n()}亿元，增长${p()}%，高于全国${p()}个百分点。`,
    (n, p, k) => `新增企业${k()}万家，就业${k()}万人，发电量${n()}亿千瓦时，增长${p()}%。`,
    (n, p) => `三大产业增加值分别为${n()}亿、${n()}亿和${n()}亿元，分别增长${p()}%、${p()}%和${p()}%。`,
    (n, p, k) => `全年本地生產總值${n()}萬億港元，增長${p()}%，訪港旅客${k()}萬人次，貨櫃吞吐量${n()}萬個標準箱。`,
  ],
};


export function buildDenseCorpus(lang: Lang, minChars: number): Corpus {
  const next = random(lang === 'en' ? 35 : 53);
  const n = () => (1 + next() * 999).toFixed(1);
  const p = () => (next() * 20).toFixed(1);
  const k = () => String(1 + Math.floor(next() * 9000)).replace(/(\d)(\d{3})$/, lang === 'en' ? '$1,$2' : '$1$2');
  const templates = TEMPLATES[lang];
  const paragraphs: string[] = [];
  let size = 0;
  while (size < minChars) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) sentences.push(templates[Math.floor(next() * templates.length)]!(n, p, k));
    sentences.push(LINKS[lang][Math.floor(next() * LINKS[lang].length)]!);
    const paragraph = sentences.join(lang === 'en' ? ' ' : '');
    paragraphs.push(paragraph);
    size += paragraph.length + 1;
  }
  return { lang, text: paragraphs.join('\n'), paragraphs };
}
