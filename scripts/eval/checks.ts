/**
 * npm run eval:checks [-- --verbose]: the article checked against itself,
 * scored on data/checks/passages.json (labelled before the rules ran; format
 * in that folder's README). For each rule: flagged correctly, missed, false
 * alarms (a flag where the gold has none of that rule, or says it checks
 * out), and how many labelled "checks out" stayed quiet.
 */
import { readFileSync } from 'node:fs';
import { analyzePage, detectFigures, type Figure, type Note, type NoteType, type PageInfo } from '@/lib/index';

export const GOLD_RULES = ['parts-total', 'rate-levels', 'share-part-total', 'percent-points', 'multiple', 'conversion'] as const;
export type GoldRule = (typeof GOLD_RULES)[number];

/** The note type each labelled rule is written as. */
const NOTE_OF: Record<GoldRule, NoteType> = {
  'parts-total': 'parts-total',
  'rate-levels': 'rate-levels',
  'share-part-total': 'share-part-total',
  'percent-points': 'percent-points',
  multiple: 'multiple',
  conversion: 'conversion-rates',
};

export interface GoldCheck {
  rule: GoldRule;
  flagged: boolean;
  figures: string[];
  expected: string;
}

export interface Passage {
  id: string;
  script: 'en' | 'zh-Hans' | 'zh-Hant';
  origin: 'real' | 'constructed';
  source: string | null;
  published: string | null;
  text: string;
  checks: GoldCheck[];
  comment?: string;
}

export const PASSAGES = new URL('../../data/checks/passages.json', import.meta.url);

export function loadPassages(url: URL = PASSAGES): Passage[] {
  return JSON.parse(readFileSync(url, 'utf8')) as Passage[];
}

export interface RuleScore {
  caught: number;
  missed: number;
  falseAlarms: number;
  /** Labelled "checks out" and not flagged. */
  quiet: number;
  /** Labelled "checks out". */
  consistent: number;
}

const empty = (): RuleScore => ({ caught: 0, missed: 0, falseAlarms: 0, quiet: 0, consistent: 0 });

/** FigureLens on a passage, as the scan CLI reads a text: its script's language, the labelled date. */
export function readPassage(p: Passage): Figure[] {
  const lang = p.script === 'en' ? 'en' : 'zh';
  const page: PageInfo = { url: `file:///${p.id}.txt`, title: '', lang, ...(p.published ? { publishedAt: p.published } : {}) };
  return analyzePage(page, detectFigures(p.text, { lang }), { readerCurrency: 'USD', locale: 'en-US' });
}

/** The passage's flagged notes of one type, once each, with the texts of the figures they involve. */
function flagsOf(figures: readonly Figure[], type: NoteType): { note: Note; texts: string[] }[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const seen = new Map<string, { note: Note; texts: string[] }>();
  for (const f of figures) {
    for (const n of f.notes ?? []) {
      if (n.type !== type || !n.flagged || seen.has(n.text)) continue;
      seen.set(n.text, { note: n, texts: (n.figures ?? [f.id]).map((id) => byId.get(id)?.text ?? '') });
    }
  }
  return [...seen.values()];
}

/** A flag is about a labelled check when it shares one of its figures (the same words, either way round). */
function about(texts: readonly string[], check: GoldCheck): boolean {
  if (!check.figures.length) return true;
  return texts.some((t) => t && check.figures.some((g) => g.includes(t) || t.includes(g)));
}

export function scorePassages(passages: readonly Passage[]) {
  const by = new Map<GoldRule, RuleScore>(GOLD_RULES.map((r) => [r, empty()]));
  const failures: string[] = [];
  for (const p of passages) {
    const figures = readPassage(p);
    for (const rule of GOLD_RULES) {
      const score = by.get(rule)!;
      const flags = flagsOf(figures, NOTE_OF[rule]);
      const used = new Set<number>();
      // Flagged checks take their flags first: a flag shares figures with the consistent statements around it.
      const labelled = p.checks.filter((c) => c.rule === rule).sort((a, b) => Number(b.flagged) - Number(a.flagged));
      for (const check of labelled) {
        const hit = flags.findIndex((fl, i) => !used.has(i) && about(fl.texts, check));
        if (check.flagged) {
          if (hit >= 0) {
            score.caught++;
            used.add(hit);
          } else {
            score.missed++;
            failures.push(`${p.id}: missed ${rule} (${check.expected}) in: ${p.text}`);
          }
        } else {
          score.consistent++;
          if (hit < 0) score.quiet++;
        }
      }
      flags.forEach((fl, i) => {
        if (used.has(i)) return;
        score.falseAlarms++;
        failures.push(`${p.id}: false ${rule}: ${fl.note.text}\n    in: ${p.text}`);
      });
    }
  }
  return { by, failures };
}

function formatScores(by: ReadonlyMap<GoldRule, RuleScore>): string {
  const rows = [...by].map(([rule, s]) =>
    [rule.padEnd(17), String(s.caught).padStart(6), String(s.missed).padStart(7), String(s.falseAlarms).padStart(13), `${s.quiet}/${s.consistent}`.padStart(12)].join(''),
  );
  const total = [...by.values()].reduce((a, s) => ({ caught: a.caught + s.caught, missed: a.missed + s.missed, falseAlarms: a.falseAlarms + s.falseAlarms, quiet: a.quiet + s.quiet, consistent: a.consistent + s.consistent }), empty());
  rows.push(['all'.padEnd(17), String(total.caught).padStart(6), String(total.missed).padStart(7), String(total.falseAlarms).padStart(13), `${total.quiet}/${total.consistent}`.padStart(12)].join(''));
  return `${'rule'.padEnd(17)}${'caught'.padStart(6)}${'missed'.padStart(7)}${'false alarms'.padStart(13)}${'quiet/c.o.'.padStart(12)}\n${rows.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const passages = loadPassages();
  const { by, failures } = scorePassages(passages);
  if (process.argv.includes('--verbose')) for (const line of failures) process.stdout.write(`${line}\n`);
  process.stdout.write(`${passages.length} passages (${passages.filter((p) => p.origin === 'real').length} real)\n`);
  process.stdout.write(formatScores(by));
  for (const origin of ['constructed', 'real'] as const) {
    process.stdout.write(`\n${origin}:\n${formatScores(scorePassages(passages.filter((p) => p.origin === origin)).by)}`);
  }
}
