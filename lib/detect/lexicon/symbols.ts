import type { Lexicon } from './types';

/**
 * Script-neutral signs, used by English and Chinese pages alike. A figure
 * made only of these takes its language from the page.
 */
export const symbols: Lexicon = {
  lang: undefined,
  currencyBefore: { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY|CNY', '￥': 'JPY|CNY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '฿': 'THB' },
  currencyAfter: { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY|CNY', '￥': 'JPY|CNY', '₩': 'KRW', '₹': 'INR' },
  minorUnits: {},
  genericCurrency: ['$'],
  currencyNeedsScale: [],
  scales: {},
  moneyScales: {},
  gluedOnly: [],
  percentUnits: { '%': '%', '％': '%' },
  quantityUnits: {},
  quantityNeedsScale: [],
  numberWords: {},
  numberWordsBefore: [],
  counters: [],
  notCounted: [],
  hedgesBefore: {},
  notHedges: [],
  hedgesAfter: {},
  signs: [],
  between: {},
  from: [],
  rangeConnectors: ['-', '–', '—', '~', '～', '〜', '－'],
  listConnectors: [],
  equivalenceOpeners: ['(', '（'],
  progressMarkers: [],
  rankMarkers: ['#'],
};

/**
 * `¥` is the sign of both the yuan and the yen. The rule, in order:
 * 1. The nearest word naming one of the two currencies or their countries,
 *    within `reach` characters of the figure, decides ("¥500 billion in
 *    Japanese government bonds" is yen; "¥300 for a Beijing taxi" is yuan).
 * 2. Otherwise the page's language: Chinese → yuan, Japanese → yen.
 * 3. On a page of unknown language, Chinese characters around the figure → yuan.
 * 4. Otherwise yen: English-language financial news writes ¥ for yen and
 *    "yuan"/"RMB" for China's currency.
 */
export const yenOrYuanCues = {
  reach: 160,
  /** Words are matched whole; kana marks a Japanese text. */
  yen: ['yen', 'Japan', 'Japanese', 'Tokyo', 'Osaka', 'BOJ', 'BoJ', 'Nikkei', '日元', '日本', '円', '[\\u3040-\\u30ff]'],
  yuan: ['yuan', 'renminbi', 'RMB', 'Rmb', 'CNY', 'China', 'Chinese', 'Beijing', 'Shanghai', 'Guangdong', 'Guangzhou', 'Shenzhen', 'PBOC', 'PBoC', '人民币', '元', '中国'],
};

/**
 * A bare `$` on a page from Australia, Canada, Singapore, Hong Kong, New
 * Zealand or Taiwan is that place's dollar, as the local press writes it;
 * unless a word naming the US stands nearer the figure than `reach`
 * ("the Fed", "Wall Street", "US"). Without a known host `$` stays USD: the
 * wire services write "$" for US dollars whatever the story's country, and
 * "A$", "C$", "S$" for the others. Host suffixes, most specific first.
 */
export const localDollars = {
  reach: 80,
  hosts: {
    '.com.au': 'AUD', '.au': 'AUD', '.ca': 'CAD', '.com.sg': 'SGD', '.sg': 'SGD', '.hk': 'HKD', '.nz': 'NZD', '.tw': 'TWD',
    'scmp.com': 'HKD', 'thestandard.com.hk': 'HKD', 'straitstimes.com': 'SGD', 'businesstimes.com.sg': 'SGD',
    'theglobeandmail.com': 'CAD', 'afr.com': 'AUD', 'taipeitimes.com': 'TWD', 'focustaiwan.tw': 'TWD',
  } as Record<string, string>,
  usCues: ['US', 'U.S.', 'United States', 'American', 'Wall Street', 'Fed', 'Federal Reserve', 'Washington', 'Nasdaq', 'NYSE', 'Dow', '美国', '美國'],
  /**
   * Without a host, the top of the page (title, dateline, lead) names its
   * place: a Hong Kong budget speech writes "$" and "元" for its own dollar
   * ("本港", "财政司司长"), Statistics Canada "$" for the Canadian one. The
   * place named most often there wins, if named more often than the US or
   * the mainland; never on a wire story, which writes "$" for US dollars.
   * 元 only ever means a dollar written 元 (HKD, TWD, MOP).
   */
  topChars: 800,
  places: {
    HKD: ['Hong Kong', 'HKSAR', '香港', '本港', '港府', '特区政府', '财政司司长', '政府统计处', '立法会'],
    TWD: ['Taiwan', '台湾', '臺灣', '主计总处', '行政院', '立法院', '央行理监事会'],
    MOP: ['Macao', 'Macau', '澳门'],
    AUD: ['Australia', 'Australian', 'ASX'],
    CAD: ['Canada', 'Canadian', 'Canadians'],
    SGD: ['Singapore'],
    NZD: ['New Zealand'],
  } as Record<string, string[]>,
  writtenYuan: ['HKD', 'TWD', 'MOP'],
  elsewhere: ['Reuters', 'Bloomberg', 'AFP', 'Associated Press', '(AP)', 'Xinhua', '新华社', '中新社', 'China', 'Beijing', 'mainland', '内地', '全国', '国务院', '美国'],
};
