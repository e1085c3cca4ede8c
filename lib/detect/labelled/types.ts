/**
 * The labelled set: real-style news sentences written for FigureLens, each
 * with every figure a careful reader would highlight, labelled by hand.
 * Used for precision/recall (labelled.test.ts) and by `npm run bench`.
 */
import type { FigureKind, HedgeBound, Lang, PercentUnit, QuantityUnit } from '@/lib/figure';

export interface Expected {
  /** Exactly as written in the sentence (its first occurrence, unless `nth`). */
  text: string;
  kind: FigureKind;
  value: number;
  valueMax?: number;
  currency?: string;
  unit?: PercentUnit | QuantityUnit;
  noun?: string;
  hedge?: HedgeBound;
  /** Text of the figure this one converts. */
  equivalentOf?: string;
  /** Which occurrence of `text` (0-based) when it appears more than once. */
  nth?: number;
}

export interface Labelled {
  lang: Lang;
  sentence: string;
  figures: Expected[];
}

type Extra = Partial<Pick<Expected, 'valueMax' | 'hedge' | 'equivalentOf' | 'nth'>>;

export const money = (text: string, value: number, currency: string, extra: Extra = {}): Expected => ({ text, kind: 'money', value, currency, ...extra });
export const pct = (text: string, value: number, extra: Extra = {}): Expected => ({ text, kind: 'percent', value, unit: '%', ...extra });
export const pp = (text: string, value: number, extra: Extra = {}): Expected => ({ text, kind: 'percent', value, unit: 'pp', ...extra });
export const bp = (text: string, value: number, extra: Extra = {}): Expected => ({ text, kind: 'percent', value, unit: 'bp', ...extra });
export const times = (text: string, value: number, extra: Extra = {}): Expected => ({ text, kind: 'percent', value, unit: 'x', ...extra });
export const qty = (text: string, value: number, unit: QuantityUnit, extra: Extra = {}): Expected => ({ text, kind: 'quantity', value, unit, ...extra });
export const count = (text: string, value: number, noun: string, extra: Extra = {}): Expected => ({ text, kind: 'count', value, noun, ...extra });

export function set(lang: Lang, rows: [string, ...Expected[]][]): Labelled[] {
  return rows.map(([sentence, ...figures]) => ({ lang, sentence, figures }));
}
