/**
 * Chinese phrases (written in simplified characters; zh-Hant.ts folds
 * traditional text onto them) that decide a figure's time, role, basis,
 * subject and streaks.
 */
import { HAN_CLASS } from '../../detect/chars';
import type { LanguagePhrases } from './types';
import { digitByDigit, half, months, monthsEnded, quarter, smallNumber, yearEnd } from './numbers';

const NUM = '\\d{1,2}|[一二两三四五六七八九十]{1,3}';
/** Meetings named by their quarter (理監事會 is folded to 理监事会 before the tables run). */
const MEETING = '(?:理监事会|理事会|董事会|监事会|例会|会议)';

export const zhHans: LanguagePhrases = {
  time: {
    rules: [
      // "2024/25财年", "2012-13年度": a fiscal year, about the year it ends in; "2010/11赛季" a season, whose months the text does not give.
      {
        re: /(?<![\d.])((?:19|20)\d{2})\s?[/／-]\s?(\d{2}|(?:19|20)\d{2})\s*(?:财年|财政年度|年度|(赛季))/g,
        make: (m) => {
          const from = Number(m[1]);
          const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
          return to === from + 1 ? { kind: 'year', year: to, fromYear: from, ...(m[3] ? { season: true as const } : {}) } : null;
        },
      },
      // A year that names a document ("二零一八年《施政报告》", "《2024年政府工作报告》") is not the time of the figures.
      // "该公司2024财年营收3910亿美元": a company's fiscal year, whose months the text does not give.
      { re: /(?<![\d.]|《)((?:19|20)\d{2})\s*(?:年|(财年))(?!代|\s*《)/g, make: (m) => ({ kind: 'year', year: Number(m[1]), ...(m[2] ? { fiscal: true as const } : {}) }) },
      // "經濟部今天公布114年全年外銷訂單7437.3億美元": Taiwan counts years from 1912 (民國114年 is 2025). Only 100–119
      // (2011–2030) are read, and not a span of years ("成立110年", "110年来").
      {
        // "公布一一四年十二月及一一四年全年外銷訂單": also in Chinese digits, digit by digit.
        re: /(?<![\d.〇零一二三四五六七八九十]|第|近|超过|逾|约|长达|历经|经过|成立|建党|建校|了|达|满|百)(?:民国)?(1[01]\d|一[〇零一][〇零一二三四五六七八九])\s*年(?!代|来|以来|前|后|间|历史|之|多|左右|内|里|中|间|周年)/g,
        make: (m) => ({ kind: 'year', year: (/\d/.test(m[1]!) ? Number(m[1]) : digitByDigit(m[1]!)) + 1911 }),
      },
      // "另外主計總處估計明(2024)年經濟成長率為3.35%": Taiwan's press writes the year beside the relative word (also 民國, "明(113)年").
      {
        re: /([今明去前本])\s*[(（]\s*((?:19|20)\d{2}|1[01]\d)\s*[)）]\s*年/g,
        make: (m) => {
          const year = Number(m[2]) + (m[2]!.length === 3 ? 1911 : 0);
          return { kind: 'relative', offset: { 去: -1, 今: 0, 明: 1, 前: -2, 本: 0 }[m[1] as '去'], text: m[0], wholeYear: true, year };
        },
      },
      { re: /去年|今年|明年|前年|本年/g, make: (m) => ({ kind: 'relative', offset: { 去年: -1, 今年: 0, 明年: 1, 前年: -2, 本年: 0 }[m[0] as '去年'], text: m[0], wholeYear: true }) },
      // "今年以来，上证指数上涨8%": January to the publication's month; "过去12个月" the twelve months to it.
      { re: /今年以来|年初以来/g, make: () => ({ kind: 'to-date' }) },
      { re: /(?:过去|最近|近)\s*(?:12|十二)\s*个月/g, make: () => ({ kind: 'to-date', months: 12 }) },
      // "本周", "上周" (traditional 本週, 上週, 這週): a week of the publication's year, as "this week".
      { re: /本周|上周|这周/g, make: (m) => ({ kind: 'relative', offset: 0, text: m[0] }) },
      // "二零一八年", "二〇二四年": the year in Chinese digits, digit by digit.
      { re: /(?<![〇零一二三四五六七八九]|《)([〇零一二三四五六七八九]{4})\s*年(?!代|\s*《)/g, make: (m) => ({ kind: 'year', year: digitByDigit(m[1]!) }) },
      // "二零一九/二零年度": a fiscal year in Chinese digits.
      {
        re: /(?<![〇零一二三四五六七八九])([〇零一二三四五六七八九]{4})\s*[/／-]\s*([〇零一二三四五六七八九]{2})\s*(?:财政)?年度/g,
        make: (m) => {
          const from = digitByDigit(m[1]!);
          const to = Math.floor(from / 100) * 100 + digitByDigit(m[2]!);
          return to === from + 1 ? { kind: 'year', year: to, fromYear: from } : null;
        },
      },
      { re: /上年|上一年/g, make: () => ({ kind: 'anchored', offset: -1 }) },
      // "每年民間投資平均成長超過百分之六": 每年 and 年均 are a whole year's rate, not the quarter just named.
      { re: /全年|每年|年均|年平均/g, make: () => months(1, 12) },
      { re: /前三季度/g, make: () => months(1, 9) },
      { re: /上半年/g, make: () => half(1) },
      { re: /下半年/g, make: () => half(2) },
      // "去年第四季實質GDP": Taiwan and Hong Kong write a quarter 第四季, without 度.
      // "央行今天舉行第3季理監事會，宣布升息半碼": a quarter that names a meeting dates the meeting, not the figures.
      {
        re: new RegExp(`(?:第?([一二三四1-4])季度|第([一二三四1-4])季(?!度))(?!${MEETING})`, 'g'),
        make: (m) => quarter(smallNumber(m[1] ?? m[2]!)),
      },
      // "二零一三年首十一個月的零售業總銷貨價值上升11.6%": Hong Kong writes the first months 首…個月.
      { re: new RegExp(`[前首](${NUM})个?月`, 'g'), make: (m) => months(1, smallNumber(m[1]!)) },
      // "累計今年一至十一月，外銷訂單金額六六六六．五億美元": a span of months, in Arabic or Chinese digits.
      { re: /(?<![\d一二三四五六七八九十])(\d{1,2}|十一|十二|[一二三四五六七八九十])\s*[-—–~至到]\s*(\d{1,2}|十一|十二|[一二三四五六七八九十])\s*月份?/g, make: (m) => months(smallNumber(m[1]!), smallNumber(m[2]!)) },
      // "自联邦公开市场委员会8月会议以来": a month that names a meeting dates the meeting.
      { re: new RegExp(`(?<![\\d.])(\\d{1,2}|十一|十二|[一二三四五六七八九十])\\s*月份?(?![\\d日号]|${MEETING})`, 'g'), make: (m) => months(smallNumber(m[1]!), smallNumber(m[1]!)) },
      // "截至2019年6月30日止六个月,该集团总收入约282.72亿港元": the months up to the one named.
      {
        re: /截至\s*(?:(?:19|20)\d{2}\s*年)?\s*(\d{1,2}|十一|十二|[一二三四五六七八九十])\s*月\s*\S{1,3}\s*[日号]\s*止\s*(?:的)?\s*(\d{1,2}|十二|[三六九])\s*个月/g,
        make: (m) => monthsEnded(smallNumber(m[2]!), smallNumber(m[1]!)),
      },
      // "截至二零一三年十一月底的三個月,與先前三個月比較": the three months to the end of November.
      {
        re: /截至\s*(?:[^，。,]{0,8}?年)?\s*(\d{1,2}|十一|十二|[一二三四五六七八九十])\s*月底\s*止?\s*的?\s*(\d{1,2}|十二|[三六九])\s*个月/g,
        make: (m) => monthsEnded(smallNumber(m[2]!), smallNumber(m[1]!)),
      },
      // "截至2月25日，296家上市公司…": a stock at that day, in its month.
      { re: /截至\s*(?:(?:19|20)\d{2}\s*年)?\s*(\d{1,2}|十一|十二|[一二三四五六七八九十])\s*月\s*\d{1,2}\s*[日号]/g, make: (m) => months(smallNumber(m[1]!), smallNumber(m[1]!)) },
      // "自今年9月23日起實施": a rate set from that day on is that month's (the date is one word: 今年 is in it).
      {
        re: /[自从于]\s*(?:(?:19|20)\d{2}\s*年|今年|明年)?\s*(\d{1,2}|十一|十二|[一二三四五六七八九十])\s*月\s*\d{1,2}\s*[日号]\s*起/g,
        make: (m) => months(smallNumber(m[1]!), smallNumber(m[1]!)),
      },
      // "中央銀行今天舉行第3季理監事會，宣布升息半碼": what is done on the publication day; not a release's day
      // ("經濟部今天公布…外銷訂單", "今日主計總處公布最新預測") nor a speaker's ("今日表示").
      // "截至目前，98家国有企业成为首批买家": a count at the publication day.
      { re: /截至目前|迄今为止|迄今/g, make: () => ({ kind: 'today' }) },
      { re: /今天|今日(?![^，。,；]{0,8}?(?:公布|发表|发布|公告|表示|指出|称|说))/g, make: () => ({ kind: 'today' }) },
      // "年末全国就业人员73439万人": a stock at the year's end.
      { re: /年末|年底/g, make: yearEnd },
      // "上季度GDP增长…" (after 三季度): the quarter before; "比上季度" is a basis and a comparison's base.
      { re: /上一?季度(?!同期)/g, make: () => ({ kind: 'previous-period', months: 3 }) },
      // "同期，出口…", "期内": the period the text named last ("上年同期" is the base of a comparison, and an anchored word).
      { re: /(?<!上年|去年|上一年|前一年|上月|上季度)同期|期内/g, make: () => ({ kind: 'same-period' }) },
    ],
    // "創歷年同月新高、僅次於9月創下的歷史單月高點": second only to September, a comparison's base.
    comparisonBefore: /(?:比|较|与|同|相比|对比|自|从|次于)\s*$/,
    comparisonAfter: /^\s*(?:以来|相比|同期相比|比较)/,
    // "低於八月預測的百分之二點四七", "從十月底概估的百分之一點五八": when the estimate was made ("三月底预计为"
    // is what is expected at the end of March: 预计 and 估计 are verbs, not the estimate).
    vintageAfter: /^\s*[底初中]?\s*(?:的)?\s*(?:预测|预估|概估|初估)/,
    // "与…相比" is a base, "同比" a basis word: neither reads the figure after it as a bound; only "多于/不少于" do.
    // Chinese results name the base's time ("上年同期为…"): no bare base.
    bareBase: /(?!)/,
    boundBefore: /(?:多于|不少于|不低于)\s*$/,
    respectively: /分别/,
    // "前三季度…生猪存栏43163万头": the herd at the end of September.
    // "全国夏粮总产量13926万吨", "早稻总产量3278万吨": a season's harvest.
    season: /夏粮|早稻|秋粮|冬小麦/,
    // "9月末，广义货币(M2)余额…，同比增长11.5%" and its heading "广义货币增长11.5%": money is a stock;
    // "常住人口城镇化率首次超过60%" is the share of the population at the year's end.
    // "从房屋储备金回拨的二百一十二亿元" is a transfer out of a reserve, a flow.
    stock: /存栏|余额|库存|保有量|储备(?!金?(?:回拨|拨|提取))|编制|广义货币|狭义货币|货币供应量|城镇化率/,
    // "公务员编制会增至十九万一千八百一十六个职位，…，增幅约百分之一点八": 增幅 names the rate of the stock before.
    continues: /^\s*(?:同比|比上年度?|较上年度?|比去年|较去年|按年)?\s*(?:增长|下降|减少|增加|上升|下跌|提高|降低|增幅|降幅|升幅|跌幅)/,
    // "2023-24", "2024/25": the April–March year of the budgets of Hong Kong, the UK, India, Canada and Japan
    // (Australia's July–June year is a known miss).
    fiscalYearStart: 4,
    // "今年10月的零售业总销货数量…较2016年同月上升3.6%": the same month a year back, so this year is 2017.
    yearAgoBase: { after: /^\s*(?:同月|同期|同季)/ },
    // "海关总署副署长王令浚介绍2024年全年进出口情况": the whole of 2024, reviewed.
    wholeYearReviewed: { after: /^\s*全年/ },
  },
  percent: {
    cues: [
      // An authority's own goal: "全年经济增长预期目标为5%左右", "力争增长6%".
      { re: /预期目标|目标|力争|计划|指导价/g, role: 'target' },
      // Anyone's expectation: "预计全年增长5%", "有望增长10%", "分析师预期".
      // "評估今年全年突破7,000億美元大關、年成長高達2成的機會很大": an assessment of what may come.
      { re: /展望|预计|有望|可望|预测|预期|预估|预料|估计|评估|料将|或将|可能|分析师|机构认为/g, role: 'forecast' },
      { re: /占|比重|占比|份额|贡献率|贡献/g, role: 'share' },
      { re: /年息|息率|利率|失业率|关税|税率|收益率|通胀率|通胀|LPR|准备金率|负债率|杠杆率|汇率|毛利率|入住率|就业率|城镇化率/g, role: 'level' },
      // Any other "…率" is a rate's level ("产品销售率为97.5%"), except a growth rate.
      { re: new RegExp(`[${HAN_CLASS}]{1,4}(?<!增长|成长|增|涨|降)率`, 'g'), role: 'level' },
      // "經濟成長率為百分之八點六三": Taiwan's 成長 is growth (增长).
      { re: /增长率|成长率|增速|增幅|涨幅/g, role: 'growth', noun: true },
      { re: /降幅/g, role: 'growth', sign: -1, noun: true },
      // "年彈28.4％", "年升2.9％": Taiwan's year-on-year rise written short.
      // "汽車及汽車零件銷貨價值則升6.1%": 升 alone is a rise too (not 升级, 升格).
      { re: /增长|成长|上涨|上升|提高|提升|增加|扩大|回升|加快|反弹|攀升|[年月][升弹]|增|涨|升(?![级格学])/g, role: 'growth' },
      // "年減15.8%" (Taiwan's 年增/年減, 月增/月減): 减 alone is a decline too.
      { re: /下降|下跌|回落|减少|收窄|萎缩|降低|下滑|放缓|跌|降|减/g, role: 'growth', sign: -1 },
    ],
    // "且优于原先预估", "好于市场预期": an actual compared with a forecast, so the sentence reports facts.
    notTarget: /(?:超|好于|优于|胜于|逊于|差于|高于|低于|符合|不及|完成|实现|达到|达成|超出)(?:原先|此前|先前|市场|普遍|原来)?$/,
    planBreak: /而|并且|同时|；/,
    targetList: /(?:目标|预期)[^。；：]{0,8}[：:]/g,
    basis: [
      // Hong Kong's 按年/按季/按月 ("按年增加百分之十五点四") and Taiwan's 年增/月減 are bases too.
      { re: /同比|比上年|较上年|比去年|较去年|比上年同期|比去年同期|较上年同期|与上年同期相比|与去年同期相比|上年同期|上年同月|去年同月|按年|(?<![\d〇零一二三四五六七八九十全今去明前本上])年[增减升弹]/g, basis: 'yoy' },
      // "截至十一月底的三个月，与先前三个月比较，…上升0.2%": a quarter on the three months before it.
      { re: /比上季度|较上季度|比上一季度|按季|[与和较比](?:先前|之前|前)三个月|(?<![\d一二三四五六七八九十个同上])季[增减]/g, basis: 'qoq' },
      { re: /比上月|较上月|比上个月|按月|(?<![\d一二三四五六七八九十个同上])月[增减]/g, basis: 'mom' },
      // "比此前增长9%": against an earlier point, not a year ago.
      { re: /比此前|较此前|比之前|较之前|比前期|较前期|比年初|较年初/g, basis: 'other' },
      { re: /环比/g, basis: 'sequential' },
    ],
    // "十月的零售业总销货价值的修订估计较上年同期上升6.3%": the statistics office's revised estimate is a reading.
    notPlan: /(?:修订|临时|初步|最新)估计|概估|原本预估|原先预估|原预估/g,
    endpoint: /[至到由从为]\s*(?:约|近|超过|达)?\s*$/,
    // Chinese puts the whole before the share ("占进出口总值的15.3%"): nothing after it makes a share.
    shareAfter: /(?!)/,
    subjectAfter: /^\s*(?:[，,]\s*)?(?:达到|达|至|为|突破)\s*$/,
    // "同比增长14%，达到1.1万亿元": the amount reached.
    rateBeforeAmount: /^\s*[，,]?\s*(?:总额|总量|规模)?\s*(?:达到|达|至|为|突破|升至|增至)\s*(?:约|近|超过)?\s*$/,
    // "…，而设备投资增长9%", "；进口…", "其中，出口…": a clause of its own before the rate.
    // "…373亿元，按年上升5.5%，…，扣除价格变动，…销货数量按年上升3.4%": the volume's rate, not the value's.
    newMetric: /[；;]|而|同时|其中|这与|此外|另外|扣除价格|相比之下/,
    // "全国夏粮总产量13926万吨，比上年减少162万吨，下降1.2%": 1.2% is of the 13926万吨.
    changeBefore: /(?:增加|减少|增产|减产|多增|少增|多|少)\s*(?:约|近|超过)?\s*$/,
    averageBefore: /(?:日平均|日均|平均每日|每日平均)[\u4e00-\u9fff]{0,3}\s*$/,
    // "日均成交7.58万亿元，日均成交同比增长6.6%": the rate names the average itself.
    averageNamed: /日平均|日均|平均每日|每日平均/,
    // "首度突破7000亿美元大关，年增率26%": a threshold passed, not an amount a rate is of.
    threshold: /^\s*(?:[（(][^）)]{0,10}[）)])?\s*(?:大关|关口|关卡)/,
    countOther: /收入|营收|利润|产值|增加值|销售|投资|出口|进口|产量|价格|用电量|金额|营业额|资产|业务/,
  },
  streak: [{ re: new RegExp(`连续(?:第)?(\\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?年`, 'g'), count: (m) => smallNumber(m[1]!) }],
  metrics: [
    { metric: 'gdp', re: /GDP|国内生产总值|地区生产总值|生产总值|经济增长|经济增速|经济总量/g },
    { metric: 'trade', re: /进出口|外贸|货物贸易/g },
    { metric: 'exports', re: /出口/g },
    { metric: 'imports', re: /进口/g },
    { metric: 'retail', re: /社会消费品零售总额|社零|零售额/g },
    { metric: 'investment', re: /固定资产投资|投资/g },
    { metric: 'industry', re: /工业增加值|增加值|工业生产/g },
    { metric: 'prices', re: /CPI|居民消费价格|物价|通胀/g },
    { metric: 'unemployment', re: /失业率/g },
    { metric: 'income', re: /可支配收入|收入/g },
    { metric: 'loans', re: /贷款|信贷/g },
    { metric: 'fiscal', re: /财政收入|赤字|预算/g },
    { metric: 'rnd', re: /研发|R&D/g },
  ],
  // 国民总收入 and 邮政业务总量 are reported at constant prices in NBS communiqués.
  realGrowth: /可比价格|实际增长|不变价|国民总收入|业务总量/,
  share: {
    // Chinese puts the whole before the share: no amount follows "的".
    ofAmount: /(?!)/,
  },
};
