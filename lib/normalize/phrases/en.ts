/**
 * English phrases that decide a figure's time, role, basis, subject and
 * streaks. Each entry's comment is the real sentence that needed it.
 */
import type { LanguagePhrases } from './types';
import { half, months, monthsEnded, quarter, yearEnd } from './numbers';

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const EN_COUNTS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};
const COUNT_WORDS = Object.keys(EN_COUNTS).filter((w) => !/^\d|first|second|third|fourth/.test(w)).join('|');

function count(word: string): number {
  return EN_COUNTS[word.toLowerCase()] ?? Number(word);
}

export function monthOf(name: string): number {
  return MONTH_NAMES.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
}


const MONTH = '(January|February|March|April|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Sept\\b(?!\\.)|Oct\\.|Nov\\.|Dec\\.)';
const MONTH_OR_MAY = MONTH.replace('(January', '(January|May');

export const en: LanguagePhrases = {
  time: {
    rules: [
      {
        // "2012–13", "2024/25", "FY2024/25": a fiscal year, about the year it ends in; "2021-2023" is a range and not one.
        // "revenue for the 2010/11 season": a season, whose months the text does not give.
        re: /(?<![\d.,$¥€£])(?:FY\s?)?((?:19|20)\d{2})\s?[/–-]\s?(\d{2}|(?:19|20)\d{2})(?![\d%])(\s+season)?/gi,
        make: (m) => {
          const from = Number(m[1]);
          const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
          return to === from + 1 && (m[2]!.length === 2 || m[0].includes('/')) ? { kind: 'year', year: to, fromYear: from, ...(m[3] ? { season: true as const } : {}) } : null;
        },
      },
      {
        // "2024", "FY2025", "fiscal 2025"; not "2024 percent", "the 2020s" or a piece of "12,024".
        re: /(?<![\d.,$¥€£])(?:(?:FY|fiscal(?: year)?)\s?)?((?:19|20)\d{2})(?![\d]|s\b|\s*(?:%|percent|per cent|yuan|dollars|euros|billion|million|trillion))/gi,
        make: (m) => ({ kind: 'year', year: Number(m[1]), ...(/^(?:FY|fiscal)/i.test(m[0]) ? { fiscal: true as const } : {}) }),
      },
      { re: /\b(last|this|next) year\b/gi, make: (m) => ({ kind: 'relative', offset: { last: -1, this: 0, next: 1 }[m[1]!.toLowerCase() as 'last'], text: m[0], wholeYear: true }) },
      // "Verizon shares have decreased slightly more than 8 percent since the beginning of the year": January to the
      // publication's month; "The stock has declined 6 percent in the last 12 months": the twelve months to it.
      { re: /\byear[- ]to[- ]date\b|\bso far this year\b|\bsince the (?:beginning|start) of (?:the|this) year\b/gi, make: () => ({ kind: 'to-date' }) },
      { re: /\b(?:in|over|during) the (?:last|past) (?:12|twelve) months\b/gi, make: () => ({ kind: 'to-date', months: 12 }) },
      // "In 2008 the bank raised €10 billion…; this week it repaid the same €10 billion": a week of the publication's year,
      // not the sentence's 2008 (the first days of January aside, when "last week" may be the year before).
      { re: /\b(?:this|last|past) week\b/gi, make: (m) => ({ kind: 'relative', offset: 0, text: m[0] }) },
      { re: /\b(?:a|one) year (?:earlier|ago|before)\b|\bthe (?:previous|prior|preceding) year\b|\bthe year before\b/gi, make: () => ({ kind: 'anchored', offset: -1 }) },
      // "for six months ended 30 June 2019", "the three months ended March 31": the months up to the one named;
      // "the six months ended 31 March 2022" began in October 2021.
      {
        re: new RegExp(`\\b(three|six|nine|twelve|3|6|9|12) months (?:ended|ending|to)\\s+(?:the end of\\s+)?(?:\\d{1,2}\\s+)?${MONTH_OR_MAY}`, 'gi'),
        make: (m) => monthsEnded(count(m[1]!), monthOf(m[2]!)),
      },
      // "from 34.6 million pounds in the year-ago period", "in the prior-year quarter" ("same period last year" is
      // read as "last year", against the publication date):
      // the year before the sentence's, in the months the text is talking about.
      {
        re: /\b(?:year[- ]ago|prior[- ]year|previous[- ]year|last[- ]year's) (?:period|quarter|half)\b|\bsame (?:period|quarter|half) (?:of |in )?(?:a year (?:earlier|ago|before)|the (?:previous|prior) year)\b/gi,
        make: () => ({ kind: 'anchored', offset: -1, samePeriod: true }),
      },
      { re: /\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b/gi, make: (m) => quarter(count(m[1]!)) },
      // "an estimated fall of 0.2% in Quarter 3 (July to Sept) 2022": the ONS spells the quarter out.
      // "GDP fell 1.0 percent in the September 2024 quarter": New Zealand and Australia name a quarter by its last month.
      // "GDP Decreases 1.0 Percent In The September 2024 Quarter": a headline in title case.
      { re: /\b(March|June|September|December)(?:\s+(?:19|20)\d{2})?\s+[Qq]uarter\b/g, make: (m) => months(monthOf(m[1]!) - 2, monthOf(m[1]!)) },
      { re: /\bQ([1-4])\b|\b([1-4])Q\b|\bQuarter ([1-4])\b/g, make: (m) => quarter(Number(m[1] ?? m[2] ?? m[3])) },
      // "Financial highlights for the 1st half of 2018:".
      { re: /\b(first|second|1st|2nd)[- ]half\b|\bH([12])\b/gi, make: (m) => half(/^(?:second|2nd)$/i.test(m[1] ?? '') || m[2] === '2' ? 2 : 1) },
      { re: new RegExp(`\\bfirst (${COUNT_WORDS}|\\d{1,2}) months\\b`, 'gi'), make: (m) => months(1, count(m[1]!)) },
      { re: /\bfirst (two|three) quarters\b/gi, make: (m) => months(1, count(m[1]!) * 3) },
      // "grew by 3.5 percent for the year, while retail sales in December…": the whole year, not December.
      // "their annual net profits exceeded 10 billion yuan": a year's results.
      // "grew by an annual average of 4.8 percent", "each year": a whole year's rate, not the quarter just named.
      { re: /\bfor the (?:full |whole )?year\b|\bfull[- ]year\b|\b(?:each|every|per) year\b|\bannual average\b|\ba year on average\b|\bannual (?:results|(?:net )?profits?|revenues?|sales|earnings)\b/gi, make: () => months(1, 12) },
      // "As of Feb. 25, 296 listed companies had released…": a count at that day, in its month.
      { re: new RegExp(`\\b(?:[Aa]s of|[Aa]s at)\\s+${MONTH_OR_MAY}\\s*\\d{1,2}\\b`, 'g'), make: (m) => months(monthOf(m[1]!), monthOf(m[1]!)) },
      // "new rates effective September 23": a rate set from that day on is that month's.
      { re: new RegExp(`\\b(?:[Ee]ffective|[Ss]tarting|[Bb]eginning)(?:\\s+(?:from|on))?\\s+${MONTH_OR_MAY}\\s*\\d{1,2}\\b`, 'g'), make: (m) => months(monthOf(m[1]!), monthOf(m[1]!)) },
      // "The central bank today raised its policy rate by half a point": what is done on the publication day; not a
      // release's day ("the Bureau of Labor Statistics reported today", "released today (October 31)") nor a speaker's.
      // "To date, 98 State-owned enterprises are among the first group of buyers": a count at the publication day.
      { re: /\b[Tt]o date\b|\bas of (?:now|today)\b/g, make: () => ({ kind: 'today' }) },
      {
        re: /(?<!\b(?:reported|released|published|issued|said|says|announced|showed|shows)\b[^.,;]{0,30})\btoday\b(?!\s*(?:\([^)]*\)\s*)?(?:reported|released|published|issued|said|announced|showed))/gi,
        make: () => ({ kind: 'today' }),
      },
      // "at the end of 2024", "year-end": a stock at the year's last month (the year word stays a word of its own).
      { re: /\b(?:at |by )?the end of (?:the year\b|(?=(?:19|20)\d{2}))|\byear[- ]end\b/gi, make: yearEnd },
      // "This follows a rise of 0.2% in the previous quarter." (after Q3 2022): Q2 2022.
      { re: /\b(?:in|during|for) the (?:previous|prior|preceding) (quarter|month)\b/gi, make: (m) => ({ kind: 'previous-period', months: /quarter/i.test(m[1]!) ? 3 : 1 }) },
      // "Exports stood at 2.8 trillion yuan in the period": the period the text named last.
      { re: /\b(?:in|during|over|for|of) the (?:same |parallel |corresponding )?period\b/gi, make: () => ({ kind: 'same-period' }) },
      {
        // "From January to July 2019": a span, not the base of a comparison ("from" is part of it).
        re: new RegExp(`(?:\\b[Ff]rom\\s+)?${MONTH_OR_MAY}\\s*(?:-|–|—|to|through)\\s*${MONTH_OR_MAY}`, 'g'),
        make: (m) => months(monthOf(m[1]!), monthOf(m[2]!)),
      },
      {
        // "in December", "December's"; a day after the month makes it a date ("on January 15"), and "May" needs a preposition.
        // "since the Federal Open Market Committee met in August": the month of a meeting, as 第3季理监事会.
        re: new RegExp(`(?<!\\b(?:met|meets|meeting|convened)\\s+(?:in\\s+)?)(?:\\b(?:in|for|during|of|through|until|by)\\s+${MONTH_OR_MAY}|${MONTH})(?!\\s*\\d{1,2}\\b(?!\\d))`, 'g'),
        make: (m) => {
          const month = monthOf(m[1] ?? m[2]!);
          return months(month, month);
        },
      },
    ],
    // "down 20% compared to the first half of 2017": a period of the base is the base too.
    comparisonBefore:
      // "faster than that recorded in May", "similar to the growth observed in March", "after a 22.6 per cent drop in the
      // first five months", "narrowed from the decrease of 15.1% in the second quarter", "to grow 12 to 14 percent from
      // adjusted earnings of $2.69 in 2015", "compared to nil dividend in the prior year".
      /\b(?:since|from|than|compared (?:with|to)|versus|vs\.?|against|relative to|over|on|second only to|similar to|after)\s+(?:(?:the|an?|that(?: (?:registered |recorded |seen |observed )?(?:of|in))?|(?:that|those|the \w+) (?:registered|recorded|seen|observed|reported)|(?:revised )?(?:increase|decrease|rise|fall|drop|decline|gain|slide|contraction)s?(?: of)?|(?:adjusted |reported |net )?(?:earnings|revenues?|sales|profits?|income)(?: per share)? of|(?:nil|no|zero)(?: \w+)? (?:in|for)|those(?: (?:of|in))?|levels? of|same (?:period|time|month|quarter)(?: of| in)?|end of|start of|in|of|early|late|(?:first|second|third|fourth)[- ](?:half|quarter)|first \w+ months|[HQ][1-4]|January|February|March|April|May|June|July|August|September|October|November|December)\s+)*(?:mid-|early-|late-)?$/i,
    comparisonAfter: /^\s*(?:levels?|onwards?)\b/i,
    // "below the August forecast of 2.47 percent": when the forecast was made.
    vintageAfter: /^\s*(?:'s\s+)?(?:forecasts?|estimates?|projections?|predictions?)\b/i,
    bareBase: /\b(?:compared (?:with|to)|from|versus|vs\.?|against)\s*$/i,
    boundBefore: /\b(?:more|less|fewer|greater|higher|lower|rather|no)\s+than\s*$|\b(?:over|on)\s*$/i,
    respectively: /\brespectively\b/i,
    // "Order Backlog reached NIS 13.3B" in a half-year report: the backlog at the end of June.
    season: /\b(?:summer grain|early rice|autumn grain|winter wheat)\b/i,
    // "In 2018, the number of … private enterprises … exceeded 10 million", "bringing the total to 14": a count at the
    // year's end ("The number of … increased by 8,439" is a change over the year: not a stock's, see changeBefore).
    stock: /\b(?:order )?backlog\b|\boutstanding\b|\breserves\b|\binventor(?:y|ies)\b|\bheadcount\b|\b(?:civil service|staff) establishment\b|\bthe number of\b|\bbringing the total to\b/i,
    continues: /^\s*(?:(?:an? )?(?:increase|decrease|rise|fall|drop|gain|decline)s? of\b|up\b|down\b|totall?ing\b|bringing the total to\b)/i,
    // "2023-24", "2024/25": the April–March year of the budgets of Hong Kong, the UK, India, Canada and Japan
    // (Australia's July–June year is a known miss).
    fiscalYearStart: 4,
    // "sales this October rose 3.6% from the same month of 2016": this year is 2017.
    yearAgoBase: { before: /\bsame (?:month|period|quarter|half)(?: (?:of|in))?\s*$/i },
    // "the customs administration reviewed full-year 2024 trade": the whole of 2024.
    wholeYearReviewed: { before: /\b(?:full[- ]year|the whole of|all of)\s*$/i },
  },
  percent: {
    cues: [
      // An authority's own goal: "a GDP growth target of around 5 percent", "aims to cut emissions 18%".
      { re: /\b(?:(?:growth|inflation|deficit|GDP) )?(?:targets?|targeted|goals?)\b|\baim(?:s|ed|ing)?\b|\bobjective\b|\bplans? to\b|\bseeks? to\b|\bpledged? to\b|\bbudgeted\b/gi, role: 'target' },
      // Anyone's expectation: "analysts expect profit to jump 30%", "sales likely rose 12%", "the agency expects demand to fall 4%",
      // "ECB staff now see inflation averaging 5.3% in 2023"; "Looking forward, … on track to deliver full year results".
      {
        re: /\bexpect(?:s|ed|ing|ations?)?\b|\bforecasts?\b|\bforecast(?:ed|ing)\b|\bprojected\b|\bprojections?\b|\bprojects\b|\bpredict(?:s|ed|ions?)?\b|\banalysts?\b|\beconomists?\b|\bconsensus\b|\bpoll(?:ed)?\b|\blikely\b|\bis set to\b|\bguidance\b|\boutlook\b|\bon track to\b|\blooking (?:ahead|forward)\b|\bseen (?:rising|falling|growing)\b|\b(?:now )?sees? (?:\w+ ){1,3}(?:averaging|rising|falling|growing)\b/gi,
        role: 'forecast',
      },
      { re: /\baccount(?:s|ed|ing)? for\b|\bshares? of\b|\bshare\b|\bof (?:the )?total\b|\bproportion\b|\bcontribut(?:e|es|ed|ing|ion|ions)\b(?:[^,;.]*?\b(?:to|of)\b[^,;.]*?\b(?:growth|increase|increment|expansion)\b)?|\bmak(?:e|es|ing) up\b|\bmade up\b|\bstake\b|\bweight\b|\bratio\b/gi, role: 'share' },
      // "leave the cash rate target unchanged at 4.35 per cent", "the target range for the federal funds rate": the
      // policy rate a central bank sets is a level; the longer phrase hides the "target" inside it.
      { re: /\b(?:cash|policy|official|overnight|interest) rate target\b|\btarget (?:range|rate) for the (?:federal funds|policy|cash|overnight) rate\b|\bfederal funds (?:rate )?target(?: range)?\b/gi, role: 'level' },
      { re: /\b(?:interest|unemployment|jobless|inflation|tariff|tax|mortgage|lending|deposit|policy|benchmark|savings|vacancy|participation|poverty|default|discount|repo|loan prime|prime|coupon|funds) rates?\b|\binflation\b|\btariffs?\b|\byields?\b|\bunemployment\b|\bjobless\b|\bLPR\b|\bmargins?\b|\boccupancy\b|\bdebt[- ]to[- ]GDP\b|\brates?\b/gi, role: 'level' },
      { re: /\bgrowth(?: rates?)?\b|\bexpansion\b|\bincrement\b/gi, role: 'growth', noun: true },
      { re: /\b(?:gr[eo]w(?:s|n|ing)?|rise|rises|rose|risen|rising|increase[sd]?|increasing|up|gain(?:s|ed)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|surge[sd]?|surging|soar(?:s|ed|ing)?|expand(?:s|ed|ing)?|rebound(?:s|ed)?|accelerat(?:e|ed|es|ing)|advance[sd]?|higher|boost(?:s|ed)?|hike[sd]?|raised?)\b|\bedg(?:e|ed|es|ing) (?:up|higher)\b/gi, role: 'growth' },
      { re: /\b(?:fell|fall(?:s|en|ing)?|down|decline[sd]?|declining|drop(?:s|ped|ping)?|decrease[sd]?|decreasing|contract(?:s|ed|ing|ion)?|shr[aiu]nk|shrinks?|slid|slides?|slump(?:s|ed)?|plunge[sd]?|tumble[sd]?|lower|reduc(?:e|ed|es|ing|tion)|cut|lost|loss)\b|\bedg(?:e|ed|es|ing) (?:down|lower)\b/gi, role: 'growth', sign: -1 },
    ],
    notTarget: /\b(?:than|beat(?:s|ing)?|miss(?:ed|es|ing)?|exceed(?:ed|s|ing)?|meet(?:s|ing)?|met|hit(?:s|ting)?|above|below|in line with|short of|surpass(?:ed|ing)?|topp(?:ed|ing)|achiev(?:e|ed|ing))\s+(?:[\w'’-]+\s+){0,4}$/i,
    planBreak: /\b(?:and|while|but|whereas)\b/i,
    targetList: /\b(?:targets?|goals?)\b[^.;:]{0,20}:/gi,
    basis: [
      // "Up 228% Compared With H1 2017": against the same part of an earlier year.
      { re: /\byear[- ]on[- ]year\b|\by\/y\b|\byoy\b|\byear over year\b|\bfrom (?:a|one) year (?:earlier|ago|before)\b|\bthan a year (?:earlier|ago)\b|\b(?:from|over|on|compared (?:with|to)|than) (?:the )?(?:same (?:period|month|quarter) (?:of |in )?(?:a year earlier|last year|the previous year|\d{4})|last year|the previous year|the prior year|a year earlier)\b|\bon an annual basis\b|\b(?:from|over|on|compared (?:with|to)|than) (?:the )?(?:(?:first|second|1st|2nd)[- ]half|(?:first|second|third|fourth)[- ]quarter|[HQ][1-4]) (?:of )?(?:19|20)\d{2}\b/gi, basis: 'yoy' },
      { re: /\bquarter[- ]on[- ]quarter\b|\bq\/q\b|\bqoq\b|\bon a quarterly basis\b|\b(?:from|over|than) the (?:previous|prior|preceding) quarter\b|\b(?:compared with|from|over|than) the (?:previous|prior|preceding) three months\b/gi, basis: 'qoq' },
      { re: /\bmonth[- ]on[- ]month\b|\bm\/m\b|\bmom\b|\bon a monthly basis\b|\b(?:from|over|than) (?:the (?:previous|prior|preceding) month|a month (?:earlier|ago|before))\b/gi, basis: 'mom' },
      // "up 9% from the previous estimate", "higher than before": against an earlier point, not a year ago.
      { re: /\b(?:from|over|than|on) (?:the |an? )?(?:previous|prior|earlier|initial|original|revised|budget(?:ed)?) (?:estimate|forecast|reading|level|figure|projection)s?\b|\bthan (?:previously|before|(?:originally )?(?:estimated|budgeted|forecast))\b|\bsince the (?:beginning|start) of the year\b/gi, basis: 'other' },
      { re: /\bsequential(?:ly)?\b/gi, basis: 'sequential' },
    ],
    // "estimate" is no forecast cue in English, so no statistic's name needs taking out.
    notPlan: /(?!)/g,
    endpoint: /\b(?:to|from)\s+(?:(?:a|an|the|about|around|approximately|nearly|almost|over|some|roughly|just|below|above|under|record|high|low|new)\s+){0,3}$/i,
    shareAfter: /^\s+of\s+(?!(?:growth|increase|gains?)\b)/i,
    subjectAfter: /^\s*(?:year[- ]on[- ]year\s+)?(?:to|at|reaching)\s+(?:(?:about|around|approximately|nearly|over|some|a record)\s+)*$/i,
    // "up 14 percent year on year to 1.1 trillion yuan": the amount reached.
    // "rose 9.5 percent from the previous year to 5.05 billion tonnes".
    rateBeforeAmount: /^\s*(?:(?:year[- ]on[- ]year|y\/y|from (?:a|one) year (?:earlier|ago)|on the year|in \d{4}|(?:from|over|on|than) (?:the |a )?(?:(?:previous|prior|preceding|same) )?(?:year|quarter|month|period)(?: (?:earlier|ago|before|last year))?)\s*,?\s+)?(?:to(?: (?:reach|hit|total|stand at))?|at|reaching|hitting|totall?ing)\s+(?:(?:a record|about|around|approximately|nearly|over|some|roughly)\s+)*$/i,
    // "…, while spending on equipment rose 9 percent", "…; imports rose 3%": a clause of its own before the rate.
    // "…to 61.6 trillion yuan, compared with an increase of 6.6 percent at the end of April": another time's rate.
    // "…sales to 3 million units …, after finding they rose to account for one fifth of the market in August".
    newMetric: /\bwhile\b|\bwhereas\b|\bbut\b|\bmeanwhile\b|\bcompared (?:with|to)\b|\bversus\b|\bafter\b|;/i,
    // "52,000 industrial firms … whose output expanded by 6 percent": the rate is of the output, not of the firms.
    // "output reached 139 million tonnes, down by 1.6 million tonnes or 1.2 percent": the rate is of the level.
    changeBefore: /\b(?:by|an? (?:increase|decrease|rise|fall|drop|gain|decline|reduction) of)\s+(?:(?:about|around|some|nearly|over|more than)\s+)?$/i,
    averageBefore: /\b(?:a |the )?daily average(?: of)?\s*$|\baverag(?:e|ing)(?: of)?\s*$|\bper[- ]capita\s*$/i,
    // "Average hourly wages were up 3.3%": the rate names the average itself, so it is the average's.
    averageNamed: /\b(?:daily )?average\b|\bper[- ]capita\b/i,
    // "…also topped the $700 billion mark (for the first time), up 12%": a threshold passed, not an amount a rate is of.
    threshold: /^\s*(?:mark|milestone|threshold|barrier|level for the first time)\b/i,
    countOther: /\b(?:output|revenues?|sales|profits?|income|value|investment|exports?|imports?|spending|turnover|production|prices?|earnings|assets|volume|business)\b/i,
  },
  streak: [
    { re: /\b(?:for )?the (\d{1,3})(?:st|nd|rd|th) (?:consecutive|straight|successive|running) year\b|\b(?:for )?the (\d{1,3})(?:st|nd|rd|th) year in a row\b/gi, count: (m) => Number(m[1] ?? m[2]) },
    {
      re: new RegExp(`\\b(?:for )?(\\d{1,3}|${COUNT_WORDS}) (?:consecutive|straight|successive) years\\b|\\b(?:for )?(\\d{1,3}|${COUNT_WORDS}) years in a row\\b`, 'gi'),
      count: (m) => count(m[1] ?? m[2]!),
    },
    { re: /\bfor the (?:past|last) (\d{1,3}) (?:consecutive )?years\b/gi, count: (m) => Number(m[1]) },
  ],
  metrics: [
    { metric: 'gdp', re: /\bGDP\b|gross domestic product|\beconom(?:y|ic growth|ic output)\b/gi },
    { metric: 'trade', re: /\bimports? and exports?\b|\bforeign trade\b|\btotal trade\b|\btrade (?:volume|value)\b|\btrade\b/gi },
    { metric: 'exports', re: /\bexports?\b/gi },
    { metric: 'imports', re: /\bimports?\b/gi },
    { metric: 'retail', re: /\bretail sales\b|\bconsumer spending\b/gi },
    { metric: 'investment', re: /\bfixed[- ]asset investment\b|\binvestment\b/gi },
    { metric: 'industry', re: /\bindustrial (?:output|production|value[- ]added)\b|\bvalue[- ]added\b/gi },
    { metric: 'prices', re: /\bCPI\b|\bconsumer prices?\b|\binflation\b/gi },
    { metric: 'unemployment', re: /\bunemployment\b|\bjobless\b/gi },
    { metric: 'income', re: /\bdisposable income\b|\bincome\b/gi },
    { metric: 'loans', re: /\bloans?\b|\blending\b|\bcredit\b/gi },
    { metric: 'fiscal', re: /\bfiscal revenue\b|\bbudget\b|\bdeficit\b/gi },
    { metric: 'rnd', re: /\bR&D\b|\bresearch and development\b/gi },
  ],
  realGrowth: /\breal(?:ly)?\b|in real terms|inflation[- ]adjusted|at constant prices/i,
  share: {
    ofAmount: /^\s+of\s+(?:the\s+|its\s+|their\s+)?$/i,
  },
};
