import { currencyWords } from './currencies';
import type { Lexicon } from './types';

/** English: the words of economic news in English, including China's English-language press. */
export const en: Lexicon = {
  lang: 'en',
  currencyBefore: currencyWords('before'),
  currencyAfter: { ...currencyWords('en'), dollars: 'USD', dollar: 'USD', pounds: 'GBP' },
  minorUnits: {
    cents: ['USD', -2],
    cent: ['USD', -2],
    pence: ['GBP', -2],
    penny: ['GBP', -2],
    p: ['GBP', -2],
    sen: ['MYR', -2],
    kopeks: ['RUB', -2],
    kopecks: ['RUB', -2],
    paise: ['INR', -2],
    paisa: ['INR', -2],
  },
  genericCurrency: ['dollars', 'dollar', 'cents', 'cent'],
  currencyNeedsScale: ['pounds'],
  scales: {
    thousand: 3, million: 6, billion: 9, trillion: 12, lakh: 5, crore: 7, 'lakh crore': 12,
    'hundred thousand': 5, 'hundred million': 8, 'hundred billion': 11,
  },
  moneyScales: { k: 3, m: 6, mn: 6, mln: 6, mil: 6, b: 9, bn: 9, bln: 9, bil: 9, t: 12, tn: 12, trn: 12 },
  gluedOnly: ['k', 'm', 'b', 't', 'p'],
  percentUnits: {
    percent: '%',
    'per cent': '%',
    pct: '%',
    pc: '%',
    '-percent': '%',
    '-per-cent': '%',
    'percentage points': 'pp',
    'percentage point': 'pp',
    '-percentage-point': 'pp',
    pp: 'pp',
    ppt: 'pp',
    ppts: 'pp',
    'basis points': 'bp',
    'basis point': 'bp',
    'basis-point': 'bp',
    'basis-points': 'bp',
    fold: 'x',
    bps: 'bp',
    bp: 'bp',
  },
  quantityUnits: {
    tonnes: ['t', 0], tonne: ['t', 0], tons: ['t', 0], ton: ['t', 0], 'metric tons': ['t', 0], 'metric tonnes': ['t', 0], Mt: ['t', 6],
    barrels: ['bbl', 0], barrel: ['bbl', 0], bbl: ['bbl', 0], 'barrels a day': ['bbl', 0], 'barrels per day': ['bbl', 0], bpd: ['bbl', 0], 'b/d': ['bbl', 0],
    'cubic metres': ['m3', 0], 'cubic meters': ['m3', 0], 'cu m': ['m3', 0], m3: ['m3', 0], 'm³': ['m3', 0], bcm: ['m3', 9],
    'square metres': ['m2', 0], 'square meters': ['m2', 0], 'sq m': ['m2', 0], 'sq meters': ['m2', 0], 'sq metres': ['m2', 0], 'sq. m': ['m2', 0], sqm: ['m2', 0], m2: ['m2', 0], 'm²': ['m2', 0],
    kWh: ['kWh', 0], 'kilowatt-hours': ['kWh', 0], 'kilowatt hours': ['kWh', 0], MWh: ['kWh', 3], 'megawatt-hours': ['kWh', 3],
    GWh: ['kWh', 6], 'gigawatt-hours': ['kWh', 6], TWh: ['kWh', 9], 'terawatt-hours': ['kWh', 9],
    watts: ['W', 0], kW: ['W', 3], kilowatts: ['W', 3], MW: ['W', 6], megawatts: ['W', 6], GW: ['W', 9], gigawatts: ['W', 9], TW: ['W', 12], terawatts: ['W', 12],
    TEU: ['TEU', 0], TEUs: ['TEU', 0], 'twenty-foot equivalent units': ['TEU', 0],
    km: ['km', 0], kilometres: ['km', 0], kilometers: ['km', 0],
    'passenger-kilometres': ['passenger-km', 0], 'passenger-kilometers': ['passenger-km', 0], 'passenger-km': ['passenger-km', 0],
    'tonne-kilometres': ['tonne-km', 0], 'tonne-kilometers': ['tonne-km', 0], 'tonne-km': ['tonne-km', 0], 'ton-kilometers': ['tonne-km', 0],
    'person-times': ['person-time', 0], vehicles: ['vehicle', 0], 'vehicle units': ['vehicle', 0], cars: ['vehicle', 0], trucks: ['vehicle', 0], 'head of cattle': ['head', 0], head: ['head', 0],
  },
  quantityNeedsScale: ['km', 'kilometres', 'kilometers'],
  counters: [],
  /**
   * Numbers written as words, read only right before a percent or scale word
   * ("five percent", "three percentage points", "a billion dollars", "one million jobs"):
   * elsewhere "one" and "a" are words.
   */
  numberWords: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  },
  numberWordsBefore: ['percent', 'per cent', 'percentage point', 'percentage points', 'basis points', 'thousand', 'million', 'billion', 'trillion'],
  notCounted: [
    'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes',
    'seconds', 'decades', 'centuries', 'quarters', 'times', 'points', 'degrees', 'meters', 'metres', 'miles',
    'feet', 'inches', 'yards', 'kg', 'kilograms', 'grams', 'pounds', 'ounces', 'liters', 'litres', 'gallons',
    'hectares', 'acres', 'mu', 'square', 'cubic', 'decibels', 'volts', 'bytes',
    // Who answered a poll and how a release is cut are no economic things: "18 analysts polled", "13 sub-sectors".
    'analysts', 'economists', 'respondents', 'sectors', 'sub-sectors', 'subsectors', 'categories',
    // Superlatives rank: "the 100 biggest cities".
    'biggest', 'largest', 'richest', 'busiest', 'smallest', 'best', 'worst', 'gigabytes', 'terabytes', 'nanometers', 'nanometres',
    'knots', 'am', 'pm', 'a.m.', 'p.m.',
  ],
  hedgesBefore: {
    // "Revenues totaled ~NIS 2.7 billion" (a results release): the tilde is how tables and releases write "about".
    '~': 'approx',
    '≈': 'approx',
    about: 'approx',
    around: 'approx',
    approximately: 'approx',
    roughly: 'approx',
    some: 'approx',
    'an estimated': 'approx',
    estimated: 'approx',
    nearly: 'below',
    almost: 'below',
    'close to': 'below',
    'just under': 'below',
    'just shy of': 'below',
    over: 'above',
    'more than': 'above',
    above: 'above',
    'just over': 'above',
    'well over': 'above',
    exceeded: 'above',
    exceeding: 'above',
    exceeds: 'above',
    'in excess of': 'above',
    'upwards of': 'above',
    surpassed: 'above',
    topped: 'above',
    'at least': 'at-least',
    'no less than': 'at-least',
    'not less than': 'at-least',
    'up to': 'at-most',
    'at most': 'at-most',
    'no more than': 'at-most',
    'less than': 'at-most',
    'fewer than': 'at-most',
    under: 'at-most',
    below: 'at-most',
    'as much as': 'at-most',
    'as many as': 'at-most',
  },
  notHedges: [
    'edged up to', 'ticked up to', 'inched up to', 'crept up to', 'went up to', 'moved up to', 'picked up to',
    'revised up to', 'climbed up to', 'rose up to', 'jumped up to', 'shot up to', 'stepped up to', 'rounded up to',
  ],
  hedgesAfter: { 'or more': 'at-least', 'or above': 'at-least', 'and above': 'at-least', 'or so': 'approx', 'or less': 'at-most' },
  signs: ['minus', 'negative'],
  between: { between: 'and' },
  from: ['from'],
  rangeConnectors: ['to'],
  listConnectors: ['and', ', and', ','],
  equivalenceOpeners: [', or', '(or', 'or', '(equivalent to', ', equivalent to'],
  progressMarkers: ['remaining', 'read'],
  rankMarkers: ['top', 'no.'],
};

/**
 * What an English count noun looks like, for noun.ts: "77,000 high-tech
 * enterprises" counts enterprises; "the past 39 years" is not a count.
 */
export const englishNouns = {
  /** A noun phrase ends before these, so "5 companies in 2024" counts companies, and "15 at the" counts nothing. */
  stopWords: new Set(
    ('a an the of in on at to for from with by and or but nor than as per via that which who whom whose ' +
      'were was are is be been being have has had will would could should can may might must do does did ' +
      'this these those its their his her our your my last next each every such into over under about ' +
      'between after before during since until while ago earlier later more less fewer so not no also only ' +
      'just yet still all both some any across nationwide worldwide year-on-year respectively ' +
      'always sometimes perhaps afterwards towards besides thus nowadays news series means ' +
      // Verbs that follow a number and are never its noun's modifier: "16 saw profits more than double".
      'saw see sees said say says got gets made makes took takes gave gives').split(' '),
  ),
  /** Plural without the final s. */
  irregularPlurals: new Set(
    'people staff personnel children men women police cattle livestock aircraft sheep fish deer folk'.split(' '),
  ),
  /** Words ending in s that modify a noun rather than head it: "180,000 overseas buyers". */
  sModifiers: new Set('overseas various numerous previous'.split(' ')),
  /** Joins two modifiers of one head: "380 Ford and Toyota vehicles", "150,000 domestic and overseas buyers". */
  modifierJoiners: new Set(['and', 'or']),
  /** The head of the phrase is the first plural within this many words. */
  maxWords: 4,
  /**
   * "160 Fortune 500 companies", "300 Chapter 11 filings": a capitalised word and a number of at most this many
   * digits are one name inside the phrase; not after a month ("12 March 15 …") or a word of `commonCapitalised`.
   */
  nameNumberDigits: 3,
  months: new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' ')),
  /**
   * Capitalised words that may stand right before a counted number; any other
   * capitalised word makes the number part of a name ("Fortune Global 500
   * companies", "Line 3 stations", "January 15").
   */
  commonCapitalised: new Set(
    ('the some about all only these those another its their our his her with and but for in of on at by from ' +
      'to over nearly almost around roughly approximately more fewer less just last each every when while ' +
      'after before since as if here there another altogether overall including and among').split(' '),
  ),
};

/**
 * A count whose noun is written before the number, in the same sentence:
 * "the number of high-tech enterprises reached 1,120", "payroll employment
 * rose by 236,000", "small firms, numbering more than 3 million". The
 * number must follow one of `verbs` (after its hedge) and the sentence must
 * hold one of `subjects` before it, with none of `breakers` in between
 * ("the number of … rate").
 */
export const countSubjects = {
  subjects: ['number of', 'number who', 'numbering', 'employment', 'payrolls', 'payroll', 'jobs', 'headcount', 'workforce', 'total to', 'jobless claims', 'initial claims'],
  verbs: ('by to at reached reach reaches exceeded exceed exceeds surpassed surpass surpasses topped tops hit hits ' +
    'totaled totalled totaling totalling numbering stood was were is are of').split(' '),
  breakers: ['rate', 'ratio', 'index', 'share', 'average', 'percent', 'per cent', 'age'],
  /** How far back the subject may stand. */
  reach: 200,
};

/**
 * Verbs that make the people counted after them casualties, not an economic
 * count: "the dam disaster that killed 19 people".
 */
/** "the two banks", "both six projects": a number word after these names things already counted. */
export const wordCountNotAfter = 'the these those its their our his her both'.split(' ');

export const casualtyVerbs = 'killed kill kills injured injuring wounded wounding drowned'.split(' ');

/** …or after them: "Hundreds of people were killed", "19 people died in the blast". */
export const casualtiesAfter = ['were killed', 'were injured', 'were wounded', 'were hurt', 'were feared dead', 'have been killed', 'had been killed',
  'have died', 'had died', 'died', 'were dead', 'lost their lives', 'were left dead', 'were missing', 'remain missing'];

/**
 * Heads a number written as a word may count ("approved six investment
 * projects", "built two new high-tech zones"): words also count reasons,
 * sides and things, so here the head must be an economic noun.
 */
export const wordCountHeads = ('projects zones companies firms enterprises businesses banks factories plants mines stores shops ' +
  'jobs workers employees people staff members buyers exhibitors investors suppliers farms ports airports ' +
  'vehicles cars ships aircraft hospitals schools branches subsidiaries parks centres centers deals contracts').split(' ');

/**
 * "sold a record 41,852 units": a bare "units" measures output of what the
 * text around it is about. Each unit of output, with the words that name its
 * goods in the preceding `reach` characters.
 */
export const unitsOf = {
  reach: 300,
  goods: { vehicle: ['vehicle', 'vehicles', 'car', 'cars', 'carmaker', 'carmakers', 'automaker', 'automakers', 'automotive', 'auto', 'autos', 'NEV', 'NEVs', 'truck', 'trucks'] },
};

/**
 * Fractions written as words, a share in percent: "one fifth of the market",
 * "two-thirds of firms". Read only before "of", and not before "of a" or
 * "of an" ("a quarter of a century", "half an hour"); never after `notAfter`
 * ("the first quarter of"). Thirds keep two decimals, as a reader writes them.
 * "half" is left out: "less than half of their usual hours", "half of 2024" are
 * rarely the share a reader of economic news looks for.
 */
export const fractionWords = {
  shares: {
    'one fifth': 20, 'one-fifth': 20, 'a fifth': 20, 'two fifths': 40, 'two-fifths': 40,
    'a quarter': 25, 'one quarter': 25, 'one-quarter': 25, 'three quarters': 75, 'three-quarters': 75,
    'a third': 33.33, 'one third': 33.33, 'one-third': 33.33, 'two thirds': 66.67, 'two-thirds': 66.67,
    'a tenth': 10, 'one tenth': 10, 'one-tenth': 10,
  } as Record<string, number>,
  notAfter: ['first', 'second', 'latter', 'former', 'last', 'next', 'past', 'other'],
  /**
   * "half of the companies", "a half of exhibitors": half is a share only
   * before an economic head (wordCountHeads) within three words, so "less
   * than half of their usual hours" stays a phrase.
   */
  headedShares: { half: 50, 'a half': 50, 'one half': 50, 'one-half': 50 } as Record<string, number>,
};

/**
 * Growth written as a verb of multiples: "exports tripled", "more than
 * doubling", "sales quadrupled to 3 million units" — a multiple (unit x) of
 * the thing that grew, as "grew 2.5-fold" and 增长1.6倍 are. Not before
 * `notBefore` ("doubled down on", "doubles as a venue"); "double" and
 * "triple" alone are adjectives ("double-digit", "triple-A") and stay out.
 */
export const multipleWords = {
  times: {
    doubled: 2, doubling: 2, doubles: 2, tripled: 3, tripling: 3, triples: 3, quadrupled: 4, quadrupling: 4, quadruples: 4,
  } as Record<string, number>,
  notBefore: ['down', 'as'],
};

/**
 * Vague counts: "dozens of companies", "thousands of jobs" — a count with no
 * exact value, read only before "of" and an economic head (wordCountHeads);
 * the value is the lower bound (two dozen, two hundred), as 数十 is 20.
 */
export const vagueCountWords: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, 'tens of thousands': 20000, 'hundreds of thousands': 200000, millions: 2000000,
};

/**
 * Before a bare number right after a count, these carry its noun on: "30,000 jobs last year and 41,000 this year",
 * "612,000 in North America, 398,000 in Europe", "to 4,200, from 1,800".
 */
export const countEllipsis = ['and', 'while', 'against', ',', 'from'];

/**
 * A bare number right after these is a part of the count or quantity before it in the same sentence, and counts what
 * it counts: "sold 1.24 million vehicles last year, of which 612,000 in North America", "296 listed companies had
 * reported, with 223 seeing profit growth". (The Chinese openers are zh.ts's countBreakdown.)
 */
export const countBreakdown = ['of which', 'including', 'with', 'among them', 'of them', 'of whom', 'among whom'];

/**
 * A sentence that opens with a part of a whole names what the first bare number after its first comma counts:
 * "Of the 2,350 jobs the company cut this year, 940 were in manufacturing", "Among these firms, 13 reported…".
 * `openers` start the sentence; `determiners` may stand before the whole's number or noun.
 */
export const countFrames = {
  openers: ['of', 'among', 'out of', 'of all'],
  determiners: ['the', 'these', 'those', 'its', 'their', 'our', 'all', 'all the'],
};

/** "118 of the 435 seats", "118 of 435 members": a bare number before these and a count counts that count's noun. */
export const countOutOf = ['of the', 'of', 'out of the', 'out of'];
/**
 * …or one of these verbs after such a word: "hired 3,000 workers in 2024 and
 * laid off 1,200 in 2025". Verbs of hiring and cutting, whose object
 * is the noun counted before (not "sold" or "opened", whose object is often another thing).
 */
export const countEllipsisVerbs = ['laid off', 'cut', 'shed', 'hired', 'added', 'lost', 'created', 'recruited'];
