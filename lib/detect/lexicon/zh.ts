import { currencyWords } from './currencies';
import { recordInBothScripts } from './script';
import type { Lexicon } from './types';

/** Chinese (simplified, with the traditional and financial forms news still uses). */
export const zh: Lexicon = {
  lang: 'zh',
  currencyBefore: currencyWords('zhBefore'),
  currencyAfter: { 元: 'CNY', ...currencyWords('zh') },
  minorUnits: { 角: ['CNY', -1], 美分: ['USD', -2], 便士: ['GBP', -2] },
  genericCurrency: ['元'],
  currencyNeedsScale: [],
  scales: { 万: 4, 亿: 8, 兆: 12, 万亿: 12, 千亿: 11, 百亿: 10, 十亿: 9, 千万: 7, 百万: 6, 十万: 5, 千: 3 },
  moneyScales: {},
  gluedOnly: [],
  percentUnits: { 个百分点: 'pp', 百分点: 'pp', 个基点: 'bp', 基点: 'bp', 倍: 'x' },
  quantityUnits: {
    吨: ['t', 0], 公吨: ['t', 0], 桶: ['bbl', 0], 立方米: ['m3', 0], 平方米: ['m2', 0], 平米: ['m2', 0],
    千瓦时: ['kWh', 0], 兆瓦时: ['kWh', 3], 吉瓦时: ['kWh', 6], 瓦: ['W', 0], 千瓦: ['W', 3], 兆瓦: ['W', 6], 吉瓦: ['W', 9],
    标箱: ['TEU', 0], 标准箱: ['TEU', 0], 国际标准箱: ['TEU', 0], 个标准箱: ['TEU', 0], 公里: ['km', 0], 千米: ['km', 0],
    人公里: ['passenger-km', 0], 吨公里: ['tonne-km', 0], 人次: ['person-time', 0], 辆: ['vehicle', 0], 头: ['head', 0],
  },
  quantityNeedsScale: ['公里', '千米'],
  numberWords: {},
  numberWordsBefore: [],
  counters: [
    '家', '人', '人口', '名', '位', '户', '个', '台', '套', '件', '座', '所', '项', '架', '艘', '部',
    '款', '只', '条', '张', '间', '例', '宗', '笔', '批', '支', '场', '株', '棵', '枚', '颗', '份',
    '篇', '本', '册', '首', '处', '家次', '户次', '列',
    // Buildings, trips and runs: "新建住宅1200栋", "开行旅客列车1.2万趟", "航班3.5万架次".
    '栋', '幢', '趟', '班次', '架次', '艘次',
  ],
  notCounted: [
    '年', '年度', '月', '个月', '月份', '日', '天', '号', '周', '周年', '星期', '小时', '个小时', '分钟', '秒',
    '季度', '个季度', '岁', '周岁', '届', '次', '楼', '层', '室', '期', '版', '代', '级', '度', '点', '分',
    '米', '平方公里', '公斤', '千克', '克', '升', '亩', '公顷', '伏', '英里', '海里', '平米', '斤', '毫米', '厘米', '纳米', '位数', '强',
    // The names of statistical samples, not counts: the NBS's 70-city house-price panel.
    '个大中城市', '个大类',
    // Kinds and categories are how a release is cut, not things produced: "468种产品中", "232条款" (Section 232);
    // but a count of them within such a whole is measured ("468种产品中有356种产品同比增长"): partCounters below.
    '条款',
  ],
  // "8月零售業銷貨額達324億年升13.7%": 年升 is "up on the year", not 324 hundred million years.
  notUnits: ['年增', '年升', '年减', '年跌', '年弹', '年成长', '年增长', '月增', '月减'],
  hedgesBefore: {
    约: 'approx',
    大约: 'approx',
    约为: 'approx',
    大概: 'approx',
    约合: 'approx',
    近: 'below',
    将近: 'below',
    接近: 'below',
    逼近: 'below',
    超过: 'above',
    超: 'above',
    逾: 'above',
    超出: 'above',
    多于: 'above',
    高于: 'above',
    突破: 'above',
    至少: 'at-least',
    不少于: 'at-least',
    不低于: 'at-least',
    最多: 'at-most',
    至多: 'at-most',
    不超过: 'at-most',
    不到: 'at-most',
    不足: 'at-most',
    低于: 'at-most',
    少于: 'at-most',
  },
  notHedges: [],
  hedgesAfter: { 以上: 'above', 以下: 'at-most', 左右: 'approx', 上下: 'approx', 有余: 'above', 出头: 'above' },
  signs: ['负'],
  between: {},
  from: ['从', '由'],
  rangeConnectors: ['至', '到'],
  listConnectors: ['、', '和', '及', '与', '以及', '，'],
  equivalenceOpeners: ['（合', '（折合', '(合', '(折合', '，合', '，折合', '，相当于', '（相当于'],
  progressMarkers: ['剩余', '已读', '已阅读', '阅读进度'],
  rankMarkers: ['前', '第'],
  partCounters: ['种', '类'],
  partOpeners: ['中有', '其中', '其余', '当中', '中'],
};

/**
 * After a count or quantity, these open its breakdown: a bare number after them counts what the total counts
 * ("销量124万辆，其中北美61.2万"). The English openers are en.ts's countBreakdown.
 */
export const countBreakdown = ['其中', '其余', '包括', '当中'];

/** Doubling as a verb: "经济总量翻了一番" is twice, "翻两番" four times: a multiple (unit x), as "tripled" is in English. */
export const doublingWords: Record<string, number> = { 翻番: 2, 翻一番: 2, 翻了一番: 2, 翻两番: 4, 翻了两番: 4 };

/** Chinese numerals, read by numeral.ts. */
/**
 * "8月零售業銷貨額達324億", "营收达324亿": the press drops 元 after a money
 * noun. A number with 万/亿 and no unit right after one of `nouns` (and one of
 * `verbs`, if any) is an amount in the page's 元 (resolved as a bare 元 is).
 * Written simplified; the traditional forms are made by script.ts.
 */
export const moneyWithoutUnit = {
  nouns: ['销售额', '销货额', '营业额', '营业收入', '营收', '收入', '金额', '总值', '总额', '成交额', '净利润', '利润', '纯利', '盈利', '亏损', '市值', '出口额', '进口额', '贸易额', '投资额', '融资额', '存款', '贷款', '开支', '预算', '赤字', '盈余'],
  verbs: ['达到', '达', '为', '至', '约', '超过', '超', '逾', '突破', '录得', '实现', '共'],
  /** How many characters a noun and its verb may take before the number. */
  reach: 10,
};

export const chineseNumerals = {
  digits: recordInBothScripts({
    〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
    壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
  }),
  /** Multipliers inside a section: 一千二百 = 1 × 1000 + 2 × 100. */
  units: { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 } as Record<string, number>,
  /** Section multipliers, as powers of ten: 十四万亿 = 14 × 10⁴ × 10⁸. */
  sections: recordInBothScripts({ 万: 4, 亿: 8 }),
  /** 三点五, 七點九一 (traditional), 三十九．五 (a full-width point between Chinese digits, as Taiwan's press writes figures). */
  decimalPoints: '点點．',
  /** Written between a number and its scale or unit, meaning "and more": "100多家", "300余亿元". */
  more: ['多', '余'],
  /** "百分之五" is 5 percent. */
  percentPrefix: '百分之',
  /** "三成" is 30 percent: 成 is tenths after a single numeral. */
  tenths: '成',
  /** "两倍", "增长1.6倍": a multiple, whose numeral (like that of 三成) stands before the character the scanner looks for. */
  multiple: '倍',
  /** "数十家", "几百名", "上百家": a vague number before a unit, with the multiple of the unit that bounds it from below. */
  vague: recordInBothScripts({ 数: 2, 几: 2, 上: 1 }),
  /**
   * 卅 and 廿 are thirty and twenty in one character, as Taiwan's press still
   * writes them ("百分之卅六點八四" is 36.84 percent); never after a digit (五卅 is a date).
   */
  tens: { 卅: 30, 廿: 20 } as Record<string, number>,
  /** "半成" is 5 percent, "升息半碼" an eighth of a point: 半 before the anchors 成 and 碼 is a half of that unit. */
  half: '半',
  /**
   * A share written as a fraction, a percent: "三分之一的企业" is a third,
   * "四分之三" three quarters, "千分之三" 0.3 percent (百分之 is the percent
   * prefix above). `mark` stands between the denominator and the numerator.
   * "一半" is a half, "超过一半的企业"; not before the characters of
   * `halfNotBefore`, where 半 begins a word of its own (一半年, 半导体 is 半 alone).
   */
  fraction: { mark: '分之', half: '一半', halfNotBefore: '年月天日' },
  /**
   * 碼: one step of a policy rate in Taiwan and Hong Kong, a quarter of a
   * percentage point ("宣布升息半碼、調升新台幣存款準備率1碼"). Written only in
   * the traditional character, and read only after a rate-move cue within
   * `reach` characters, because 碼 is also a yard and a word (兩碼事, 一碼歸一碼).
   */
  rateStep: { char: '碼', pp: 0.25, reach: 14, cues: ['升', '降', '加息', '減息', '息', '利率', '準備率'], notBefore: '事歸子頭' },
  /** …unless 成 starts a word: 成为, 成本, 成都, 一成不变. */
  tenthsNotBefore: '为功本果立长交员熟绩就品份型都年人像效全形千分色不',
};
