/**
 * The words that decide the checks, per language and script: data a linguist
 * can extend without reading the rules. Chinese figures carry lang 'zh'
 * whichever script they are in, so each Chinese table is the union of its
 * simplified and traditional forms.
 */
import type { Lang } from '../../figure';

type Script = 'en' | 'zh-Hans' | 'zh-Hant';
type Table = Record<Script, readonly string[]>;

/** Words after a total that open its breakdown: "84 billion yuan: taxes…", "of which", "其中". */
const BREAKDOWN: Table = {
  en: [':', 'of which', 'including', 'comprising', 'consisting of', 'made up of', 'broken down into', 'split into'],
  'zh-Hans': ['其中', '包括', '：', ':', '中，', '中,'],
  'zh-Hant': ['其中', '包括', '：', ':', '中，', '中,'],
};

/** Where a breakdown ends: "企业贷款增加5.43万亿元，其中…；非银行业金融机构贷款…" starts another statement after "；". */
const BREAKDOWN_ENDS: Table = {
  en: [],
  'zh-Hans': ['；', ';'],
  'zh-Hant': ['；', ';'],
};

/** Written right before an amount that is a decrease: "票据融资减少1.25万亿元" is −1.25 trillion in a sum. */
const DECREASE: Table = {
  en: ['decreased', 'decreased by', 'fell', 'fell by', 'declined', 'declined by', 'dropped', 'dropped by', 'down', 'down by', 'a decrease of', 'a drop of', 'minus', 'lost'],
  'zh-Hans': ['减少', '下降', '净减少', '减', '亏损'],
  'zh-Hant': ['減少', '下降', '淨減少', '減', '虧損'],
};

/** Written right before a total that sums the amounts before it: "bringing total trade to $610.3 billion", "合计". */
const SUM_BEFORE: Table = {
  en: ['bringing total', 'bringing the total to', 'for a total of', 'for a combined', 'a combined total of', 'totalling', 'totaling', 'together'],
  'zh-Hans': ['合计', '共计', '总计', '两者合计', '三者合计'],
  'zh-Hant': ['合計', '共計', '總計', '兩者合計', '三者合計'],
};

/** Between an amount and its conversion written outside brackets: "28.6亿欧元，折合人民币约223亿元", "$5 billion, equivalent to 36 billion yuan". */
const RESTATED_AS: Table = {
  en: ['equivalent to', 'or about', 'or roughly', 'worth about', 'worth'],
  'zh-Hans': ['折合', '约合', '相当于', '合'],
  'zh-Hant': ['折合', '約合', '相當於', '合'],
};

/** A balance of two flows, written before its amount: "the goods and services deficit was", "出超", "贸易顺差". */
const BALANCE: Table = {
  en: ['deficit', 'surplus', 'trade balance', 'trade gap'],
  'zh-Hans': ['出超', '入超', '顺差', '逆差', '贸易差额'],
  'zh-Hant': ['出超', '入超', '順差', '逆差', '貿易差額'],
};

/** Written right after an amount compared with another: "$32.2 billion less than March exports". */
const COMPARED_AFTER: Table = {
  en: ['less than', 'more than', 'lower than', 'higher than', 'below', 'above'],
  'zh-Hans': [],
  'zh-Hant': [],
};

/** Written right after a share that is of something else: "38% of the country's electricity", "占…的". */
const OF_AFTER_SHARE: Table = {
  en: ['of'],
  'zh-Hans': ['的'],
  'zh-Hant': ['的'],
};

/**
 * Words that make a breakdown the whole of its total, so parts short of it
 * are an error and not a selection: "and other income 5 billion", "非税收入",
 * "各產業占國內生產毛額比重分別為…" (every industry, so the shares fill 100%).
 */
const EXHAUSTIVE: Table = {
  en: ['other', 'others', 'the rest', 'remaining', 'remainder', 'non-', 'primary, secondary and tertiary'],
  'zh-Hans': ['其他', '其它', '其余', '剩余', '非', '第一、二、三产业', '三次产业', '各产业'],
  'zh-Hant': ['其他', '其它', '其餘', '剩餘', '非', '第一、二、三產業', '三次產業', '各產業'],
};

/** Words that pair a list of values with a list of items: "4.1%, 38.5% and 57.4% respectively", "分别为". */
const RESPECTIVELY: Table = {
  en: ['respectively'],
  'zh-Hans': ['分别'],
  'zh-Hant': ['分別'],
};

/** Written right before the earlier level of a change: "from 520 million", "compared with $2.14 billion", "从300亿元", "较上月的3.8%", "上年同期为356.8亿元". */
const FROM: Table = {
  // "has quadrupled since 2019, when it stood at 54 gigawatts, to 160 gigawatts": the level of the year a change counts from.
  en: ['from', 'from the', 'from a', 'up from', 'down from', 'compared with', 'compared to', 'versus', 'against', 'when it stood at', 'when they stood at'],
  'zh-Hans': ['从', '由', '比', '较', '上年同期为', '去年同期为', '上年为', '去年为', '上月为', '上季为', '上年同期', '去年同期'],
  'zh-Hant': ['從', '由', '比', '較', '上年同期為', '去年同期為', '上年為', '去年為', '上月為', '上季為', '上年同期', '去年同期'],
};

/** Written right before the later level: "to 540 million", "增长到600亿元", "降至", "失业率为5.3%". */
const TO: Table = {
  en: ['to', 'to a', 'to the', 'reaching', 'hitting'],
  'zh-Hans': ['到', '至', '为'],
  'zh-Hant': ['到', '至', '為'],
};

/**
 * Change words: a Chinese from-word may be followed by a few characters of
 * time or measure ("较上季经济成长率 −2.8%"), but not by a change ("比上年增长8%"
 * is a rate, not a level).
 */
const CHANGE: Table = {
  en: ['rose', 'risen', 'rise of', 'rising', 'fell', 'fallen', 'fall of', 'falling', 'dropped', 'drop of', 'declined', 'decline of', 'climbed', 'increased', 'increase of', 'decreased', 'decrease of', 'widened', 'narrowed', 'raised', 'cut', 'lowered', 'up', 'down', 'gained', 'lost', 'revised up', 'revised down', 'edged up', 'edged down'],
  'zh-Hans': ['增长', '下降', '上升', '减少', '增加', '提高', '回落', '上涨', '下跌', '扩大', '缩小', '上修', '下修', '增', '减', '降', '升', '涨', '跌'],
  'zh-Hant': ['增長', '下降', '上升', '減少', '增加', '提高', '回落', '上漲', '下跌', '擴大', '縮小', '上修', '下修', '增', '減', '降', '升', '漲', '跌'],
};

/** Words that start a statement about something else: a rate beyond them is not the levels' ("…, and profit rose 20 percent"). */
const NEW_STATEMENT: Table = {
  en: ['and', 'while', 'whereas', 'but', ';'],
  'zh-Hans': ['而', '同时', '；', '其中'],
  'zh-Hant': ['而', '同時', '；', '其中'],
};

/** Between a share and the whole after it: "55 percent of the 2 trillion yuan economy". */
const OF_WHOLE: Table = {
  en: ['of', 'of the', 'of its', 'of their', 'of a', 'of the total', 'of total'],
  'zh-Hans': [],
  'zh-Hant': [],
};

/**
 * Between an amount and a share that restates it: "940 — or 45% — were in manufacturing", "118 of the 435 seats in
 * the House, or 31%". Chinese writes the share with 占 or 比重 (SHARE_OF_BEFORE, brokenDown).
 */
const RESTATED_SHARE: Table = {
  en: [', or', '— or', '– or', '- or', '(or', '(', ', or about', ', or nearly', ', or roughly'],
  'zh-Hans': [],
  'zh-Hant': [],
};

/** Between a part and the whole it is a part of: "118 of the 435 seats", "940 out of 2,350 jobs". */
const PART_OF: Table = {
  en: ['of', 'of the', 'of its', 'of their', 'out of', 'out of the', 'out of its'],
  'zh-Hans': [],
  'zh-Hant': [],
};

/** Opens a sentence about a part of the whole right after it: "Of the 2,350 jobs the company cut, 940 …". */
const WHOLE_FRAME: Table = {
  en: ['of', 'of the', 'of its', 'of their', 'among', 'among the', 'out of', 'out of the', 'of all', 'of all the'],
  'zh-Hans': [],
  'zh-Hant': [],
};

/** Before the whole that a later share is of: "占全市2万亿元GDP的55%". */
const SHARE_OF_BEFORE: Table = {
  en: [],
  'zh-Hans': ['占'],
  'zh-Hant': ['佔', '占'],
};

/** A multiple of a level, as words: "doubled" is ×2, "增长两倍" is ×3 (grew by two times itself). */
const MULTIPLES: Record<Script, Record<string, number>> = {
  en: { halved: 0.5, halving: 0.5, doubled: 2, doubling: 2, tripled: 3, trebled: 3, tripling: 3, quadrupled: 4, 'twofold': 2, 'two-fold': 2, 'threefold': 3, 'three-fold': 3 },
  'zh-Hans': { 减半: 0.5, 腰斩: 0.5, 翻番: 2, 翻一番: 2, 翻了一番: 2, 翻倍: 2, 增长一倍: 2, 增长了一倍: 2, 增加一倍: 2, 增加了一倍: 2, 增长两倍: 3, 增长了两倍: 3, 翻两番: 4, 翻了两番: 4 },
  'zh-Hant': { 減半: 0.5, 腰斬: 0.5, 翻番: 2, 翻一番: 2, 翻了一番: 2, 翻倍: 2, 增長一倍: 2, 增長了一倍: 2, 增加一倍: 2, 增加了一倍: 2, 增長兩倍: 3, 增長了兩倍: 3, 翻兩番: 4, 翻了兩番: 4 },
};

const SCRIPTS: Record<Lang, readonly Script[]> = { en: ['en'], zh: ['zh-Hans', 'zh-Hant'] };

function words(table: Table, lang: Lang): string[] {
  return [...new Set(SCRIPTS[lang].flatMap((s) => table[s]))].sort((a, b) => b.length - a.length);
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** English words stand whole ("to" is not the end of "into"); Chinese words are glued to their neighbours. */
/** An empty table matches nothing. */
const alternation = (list: readonly string[], lang: Lang) =>
  list.length === 0 ? '(?!)' : list.map((w) => (lang === 'en' && /^\w/.test(w) ? `\\b${escape(w)}` : escape(w)) + (lang === 'en' && /\w$/.test(w) ? '\\b' : '')).join('|');

function compile(table: Table, flags: string, wrap: (alt: string) => string): Record<Lang, RegExp> {
  return {
    en: new RegExp(wrap(alternation(words(table, 'en'), 'en')), flags),
    zh: new RegExp(wrap(alternation(words(table, 'zh'), 'zh')), flags),
  };
}

export const breakdownWord = compile(BREAKDOWN, 'i', (a) => `(?:${a})`);
export const exhaustiveWord = compile(EXHAUSTIVE, 'i', (a) => `(?:${a})`);
export const breakdownEnd = compile(BREAKDOWN_ENDS, '', (a) => `(?:${a})`);
export const endsWithDecrease = compile(DECREASE, 'i', (a) => `(?:${a})\\s*$`);
/** The sum word, then at most two words of the measure ("bringing total trade to"), right before the total. */
export const endsWithSum = compile(SUM_BEFORE, 'i', (a) => `(?:${a})(?:\\s+[\\w'’-]+){0,2}?(?:\\s+(?:to|of|at))?\\s*(?:为|為|达|達)?\\s*$`);
/** The conversion word, then at most a currency name and a hedge: "，折合人民币约". */
export const restatedAs = compile(RESTATED_AS, 'i', (a) => `^[\\s,，(（]*(?:${a})[^\\d,，。；;]{0,6}$`);
/** A balance word within the few words before an amount: "deficit was $49.4 billion", "出超194.43億美元". */
export const balanceBefore = compile(BALANCE, 'i', (a) => `(?:${a})[^\\d.。;；]{0,16}$`);
export const comparedAfter = compile(COMPARED_AFTER, 'i', (a) => `^[\\s,]*(?:${a})\\b`);
export const ofAfterShare = compile(OF_AFTER_SHARE, 'i', (a) => `^\\s*(?:${a})`);
export const respectivelyWord = compile(RESPECTIVELY, 'i', (a) => `(?:${a})`);
/**
 * Text before a level ends with a from- or to-word; Chinese allows a few
 * characters of time or measure in between ("从2015年的300亿元", "较上月的3.8%"),
 * never a change word.
 */
const changeWords = (lang: Lang) => alternation(words(CHANGE, lang), lang);
const zhGap = `(?:(?!${changeWords('zh')})[^\\s，。；,;]){0,12}\\s*`;
const levelBefore = (table: Table) => ({
  en: new RegExp(`(?:${alternation(words(table, 'en'), 'en')})\\s*$`, 'i'),
  zh: new RegExp(`(?:${alternation(words(table, 'zh'), 'zh')})${zhGap}$`),
});
export const endsWithFrom: Record<Lang, RegExp> = levelBefore(FROM);
/** A change word right before a figure ("widened 3.2%", "a drop of 0.4 percent", "上修幅度達1.5%", "下降0.4%"): the figure is a change, whatever role it was read in. */
export const endsWithChange: Record<Lang, RegExp> = {
  en: new RegExp(`(?:${changeWords('en')})(?:(?:\\s+[\\w'’-]+){0,4}?\\s+by)?\\s*$`, 'i'),
  zh: new RegExp(`(?:${changeWords('zh')})[^\\s，。；,;]{0,3}\\s*$`),
};
export const endsWithTo: Record<Lang, RegExp> = levelBefore(TO);
export const newStatement = compile(NEW_STATEMENT, 'i', (a) => `(?:${a})`);
/** "of", then at most five words of the whole's name: "or 19.2% of total retail sales of $7.24 trillion", "2.4% of Germany's €4.12 trillion GDP". */
export const ofWhole = compile(OF_WHOLE, 'i', (a) => `^\\s*(?:${a})(?:\\s+[\\w'’-]+){0,5}?(?:\\s+of)?\\s*$`);
/** A share right after an amount it restates: ", or", "— or". */
export const restatesAsShare = compile(RESTATED_SHARE, 'i', (a) => `(?:${a})\\s*$`);
/** Only "of (the)" between a part and its whole. */
export const partOfWhole = compile(PART_OF, 'i', (a) => `^\\s*(?:${a})\\s*$`);
/** The sentence before the whole is only the frame: "Of the ". */
export const wholeFrame = compile(WHOLE_FRAME, 'i', (a) => `^\\s*(?:${a})\\s*$`);
/** A share word, then up to twelve characters of the place or measure, right before the whole: "占社会消费品零售总额47.1万亿元的". */
export const shareOfBefore = compile(SHARE_OF_BEFORE, '', (a) => `(?:${a})[^\\s，。；,;]{0,12}$`);

const multipleTables: Record<Lang, { re: RegExp; factor: Map<string, number> }> = {
  en: multipleTable('en'),
  zh: multipleTable('zh'),
};

function multipleTable(lang: Lang) {
  const factor = new Map<string, number>();
  for (const s of SCRIPTS[lang]) for (const [w, n] of Object.entries(MULTIPLES[s])) factor.set(w.toLowerCase(), n);
  const list = [...factor.keys()].sort((a, b) => b.length - a.length);
  return { re: new RegExp(alternation(list, lang), 'gi'), factor };
}

/** The multiple words of a sentence, with their factor and place. */
export function multiplesIn(sentence: string, lang: Lang): { factor: number; start: number; end: number; text: string }[] {
  const { re, factor } = multipleTables[lang];
  return [...sentence.matchAll(re)].map((m) => ({ factor: factor.get(m[0].toLowerCase().replace(/\s+/g, ' '))!, start: m.index, end: m.index + m[0].length, text: m[0] }));
}
