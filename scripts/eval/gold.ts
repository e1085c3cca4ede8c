/**
 * The real-page corpus (data/real-pages/): each page's text and its gold,
 * written by hand before FigureLens ran on it. The format is documented once,
 * in data/real-pages/README.md; this module reads it and checks that every
 * label points at text that is really there, so a typo in the gold fails
 * loudly instead of scoring as a miss.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Script = 'en' | 'zh-Hans' | 'zh-Hant';
export type GoldKind = 'money' | 'percent' | 'count' | 'quantity';

export interface GoldNote {
  type: string;
  value?: number;
  flagged?: boolean;
}

export interface GoldFigure {
  text: string;
  at?: number;
  kind: GoldKind;
  value: number;
  valueMax?: number;
  currency?: string;
  unit?: string;
  noun?: string;
  vague?: boolean;
  year?: number | null;
  months?: [number, number] | null;
  fromYear?: number;
  role?: string;
  basis?: string;
  subject?: string | null;
  subjectAt?: number;
  notes?: GoldNote[];
  comment?: string;
}

export interface GoldPageNote {
  type: 'streak' | 'relative-year' | string;
  phrase: string;
  year: number;
}

export interface Gold {
  source: string;
  publisher?: string;
  title?: string;
  published: string | null;
  script: Script;
  kept?: 'whole' | 'sentences';
  figures: GoldFigure[];
  pageNotes?: GoldPageNote[];
  notFigures?: string[];
}

/** A gold figure placed in its text. */
export interface PlacedGold extends GoldFigure {
  start: number;
  end: number;
}

export interface CorpusPage {
  /** "en/xinhua-gdp-2024". */
  slug: string;
  text: string;
  gold: Gold;
  figures: PlacedGold[];
}

/** Where the n-th occurrence of `needle` starts, or -1. */
export function occurrence(text: string, needle: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** The gold's figures placed in the text; throws naming the page and the label that points nowhere. */
export function placeGold(slug: string, text: string, gold: Gold): PlacedGold[] {
  return gold.figures.map((g, i) => {
    const start = occurrence(text, g.text, g.at ?? 0);
    if (start < 0) throw new Error(`${slug}: figure ${i} "${g.text}" (occurrence ${g.at ?? 0}) is not in the text`);
    if (g.subject && occurrence(text, g.subject, g.subjectAt ?? 0) < 0) {
      throw new Error(`${slug}: figure ${i} "${g.text}" names subject "${g.subject}", which is not in the text`);
    }
    return { ...g, start, end: start + g.text.length };
  });
}

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'data', 'real-pages');

/** Every page of the corpus, in a stable order. */
export function loadCorpus(dir = CORPUS_DIR): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const lang of ['en', 'zh']) {
    let names: string[];
    try {
      names = readdirSync(join(dir, lang));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.gold.json')).sort()) {
      const base = name.slice(0, -'.gold.json'.length);
      const slug = `${lang}/${base}`;
      const text = readFileSync(join(dir, lang, `${base}.txt`), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, lang, name), 'utf8')) as Gold;
      pages.push({ slug, text, gold, figures: placeGold(slug, text, gold) });
    }
  }
  return pages;
}
