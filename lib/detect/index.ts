/**
 * detectFigures: text → the money, percentages and counts written in it.
 *
 * A pipeline in the manner of chrono: one scanner finds candidates with the
 * per-language lexicons (lexicon/), then refiners merge and filter them,
 * then each becomes a Figure with its sentence. Both lexicons run on any
 * text, since pages mix scripts; the language hint only settles ambiguity
 * (¥ is yen or yuan) and the language of figures made only of symbols.
 */
import type { Figure, Lang } from '../figure';
import { isHan } from './chars';
import { LANG_BIT } from './lexicon';
import { powerOfTen } from './numeral';
import { resolveYenOrYuan } from './refine/currency';
import { resolveLocalDollar } from './refine/dollar';
import { carryCurrency } from './refine/elliptic';
import type { PageHint } from './refine/hint';
import { linkEquivalents } from './refine/equivalents';
import { dropNonFigures } from './refine/filters';
import { carryCountNouns, shareListUnits } from './refine/lists';
import { joinRanges } from './refine/ranges';
import type { Candidate } from './candidate';
import { scan } from './scan';
import { SentenceFinder } from './sentence';

export interface DetectOptions {
  /** The page's language: 'en', 'zh', 'zh-CN'…; undefined to guess. */
  lang?: string;
  /** The page's host ("www.smh.com.au"): a bare "$" there is the local dollar. */
  host?: string;
}

type Refiner = (text: string, candidates: Candidate[], page: PageHint) => Candidate[];

/**
 * In order: ranges and lists need bare numbers; the currency of a breakdown's total carries to its scaled parts and a
 * count's noun to the counts that leave it out; filters drop those left; equivalents compare resolved currencies.
 */
const REFINERS: readonly Refiner[] = [joinRanges, shareListUnits, carryCurrency, carryCountNouns, dropNonFigures, resolveYenOrYuan, resolveLocalDollar, linkEquivalents];

const HAN_NEAR = 20;

function hasHanNear(text: string, start: number, end: number): boolean {
  for (let i = Math.max(0, start - HAN_NEAR); i < Math.min(text.length, end + HAN_NEAR); i++) {
    if (isHan(text.charCodeAt(i))) return true;
  }
  return false;
}

function languageOf(text: string, c: Candidate, hint: string | undefined): Lang {
  if (c.langs & LANG_BIT.zh) return 'zh';
  if (c.langs & LANG_BIT.en) return 'en';
  if (hint) return hint.startsWith('zh') ? 'zh' : 'en';
  return hasHanNear(text, c.start, c.end) ? 'zh' : 'en';
}

/**
 * A figure built by one constructor rather than a literal grown field by
 * field: V8 then keeps the optional fields in the object itself instead of
 * reallocating a side store for them, which on dense statistical text was a
 * good part of the garbage collector's work. Instances compare, clone and
 * serialize as the plain Figure they are.
 */
class FigureRecord {
  [key: string]: unknown;
  constructor(text: string, c: Candidate, sentences: SentenceFinder, hint: string | undefined) {
    this.id = `f${c.start}`;
    this.text = text.slice(c.start, c.end);
    this.start = c.start;
    this.end = c.end;
    this.kind = c.kind!;
    this.value = c.value;
    this.sentence = sentences.around(c.start, c.end);
    this.sentenceOffset = sentences.offset;
    this.lang = languageOf(text, c, hint);
    if (c.valueMax !== undefined) this.valueMax = c.valueMax;
    if (c.currency) this.currency = c.currency;
    if (c.currencyFrom) this.currencyFrom = c.currencyFrom;
    if (c.unit) this.unit = c.unit;
    if (c.noun) this.noun = c.noun;
    if (c.scaleExp !== undefined) this.scale = powerOfTen(c.scaleExp);
    if (c.hedge) this.hedge = c.hedge;
    if (c.vague) this.vague = true;
    if (c.equivalentOf) this.equivalentOf = `f${c.equivalentOf.start}`;
  }
}

function toFigure(text: string, c: Candidate, sentences: SentenceFinder, hint: string | undefined): Figure {
  return new FigureRecord(text, c, sentences, hint) as unknown as Figure;
}

export function detectFigures(text: string, options: DetectOptions = {}): Figure[] {
  const hint = options.lang?.toLowerCase();
  const page: PageHint = { lang: hint, host: options.host };
  const sentences = new SentenceFinder(text);
  const figures: Figure[] = [];
  for (let candidates of scan(text)) {
    for (const refine of REFINERS) candidates = refine(text, candidates, page);
    for (const c of candidates) figures.push(toFigure(text, c, sentences, hint));
  }
  return figures;
}
