/**
 * Scores what FigureLens read from a page against the page's gold: detection
 * (per kind: found with the right value and currency/unit, missed, false),
 * then, on the figures both agree exist, meaning (year, months, role, basis,
 * subject) and notes (right, false, missing). Pure: a page and FigureLens's
 * figures in, one tally and the list of what went wrong out.
 *
 * A detected figure is paired with the gold figure it overlaps most (each gold
 * figure pairs once), so a span that differs only by a hedge or a noun still
 * pairs; its value, kind and currency/unit must then be right for it to count
 * as found.
 */
import type { Figure } from '@/lib/figure';
import { CHECK_RULE_TYPES } from '@/lib/notes/checks';
import { occurrence, type CorpusPage, type GoldKind, type PlacedGold } from './gold';

export const KINDS: GoldKind[] = ['money', 'percent', 'count', 'quantity'];

export interface Ratio {
  right: number;
  total: number;
}

export interface Tally {
  detect: Record<GoldKind, { tp: number; fp: number; fn: number }>;
  /** Detected figures that overlap no gold figure at all. */
  falseFigures: number;
  year: Ratio;
  period: Ratio;
  role: Ratio;
  basis: Ratio;
  subject: Ratio;
  published: Ratio;
  notes: { right: number; false: number; missing: number };
}

export interface PageScore {
  slug: string;
  tally: Tally;
  /** One line per thing that went wrong, for `npm run eval -- --verbose`. */
  failures: string[];
}

export function emptyTally(): Tally {
  const detect = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Tally['detect'];
  const r = (): Ratio => ({ right: 0, total: 0 });
  return { detect, falseFigures: 0, year: r(), period: r(), role: r(), basis: r(), subject: r(), published: r(), notes: { right: 0, false: 0, missing: 0 } };
}

export function addTally(into: Tally, t: Tally): void {
  for (const k of KINDS) for (const f of ['tp', 'fp', 'fn'] as const) into.detect[k][f] += t.detect[k][f];
  into.falseFigures += t.falseFigures;
  for (const f of ['year', 'period', 'role', 'basis', 'subject', 'published'] as const) {
    into[f].right += t[f].right;
    into[f].total += t[f].total;
  }
  for (const f of ['right', 'false', 'missing'] as const) into.notes[f] += t.notes[f];
}

const close = (a: number, b: number, tolerance = 1e-9) => a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Each detected figure with the gold figure it overlaps most, each gold figure used once. */
function pair(detected: readonly Figure[], gold: readonly PlacedGold[]): Map<Figure, PlacedGold> {
  const candidates: { f: Figure; g: PlacedGold; size: number }[] = [];
  for (const f of detected) for (const g of gold) {
    const size = overlap(f, g);
    if (size > 0) candidates.push({ f, g, size });
  }
  candidates.sort((a, b) => b.size - a.size);
  const pairs = new Map<Figure, PlacedGold>();
  const used = new Set<PlacedGold>();
  for (const { f, g } of candidates) {
    if (pairs.has(f) || used.has(g)) continue;
    pairs.set(f, g);
    used.add(g);
  }
  return pairs;
}

/** What FigureLens says a figure's unit is, in the gold's words. */
function unitOf(f: Figure): string | undefined {
  const q = f as Figure & { quantityUnit?: string };
  return f.kind === 'money' ? f.currency : (f.unit ?? q.quantityUnit);
}

function detectedRight(f: Figure, g: PlacedGold): string | undefined {
  if (f.kind !== g.kind) return `kind ${f.kind}, gold ${g.kind}`;
  // A percentage is compared without its sign: FigureLens keeps "fell 17.3 percent" as 17.3 (the verb gives the
  // direction), and the labellers differ on whether a fall is written negative.
  const same = (a: number, b: number) => (g.kind === 'percent' ? close(Math.abs(a), Math.abs(b)) : close(a, b));
  if (!g.vague && !same(f.value, g.value)) return `value ${f.value}, gold ${g.value}`;
  if (g.valueMax !== undefined && (f.valueMax === undefined || !same(f.valueMax, g.valueMax))) return `valueMax ${f.valueMax}, gold ${g.valueMax}`;
  const want = g.kind === 'money' ? g.currency : g.kind === 'count' ? undefined : (g.unit ?? (g.kind === 'percent' ? '%' : undefined));
  if (want !== undefined && unitOf(f) !== want) return `unit ${unitOf(f)}, gold ${want}`;
  return undefined;
}

function months(f: Figure): [number, number] | null {
  if (f.period) return [f.period.fromMonth, f.period.toMonth];
  // The engine says the year is known but not its months (a fiscal year whose calendar the text does not give).
  if (f.monthsUnknown) return null;
  return f.year !== undefined ? [1, 12] : null;
}

const show = (m: [number, number] | null | undefined) => (m ? `${m[0]}–${m[1]}` : 'none');

/** Notes about the page rather than one figure: FigureLens writes them on a figure near the phrase. */
const PAGE_NOTES = new Set(['streak', 'relative-year']);

/** The article's checks of itself were not labelled on these pages: npm run eval:checks scores them on their own passages. */
const SELF_CHECKS: ReadonlySet<string> = new Set(CHECK_RULE_TYPES);
const notesOf = (f: Figure) => (f.notes ?? []).filter((n) => !SELF_CHECKS.has(n.type));

function noteRight(note: NonNullable<Figure['notes']>[number], g: PlacedGold): boolean {
  return (g.notes ?? []).some((want) => {
    if (want.type !== note.type) return false;
    if (want.value !== undefined && (note.value === undefined || !close(note.value, want.value, 0.02))) return false;
    if (want.flagged !== undefined && Boolean(note.flagged) !== want.flagged) return false;
    return true;
  });
}

export interface Reading {
  figures: readonly Figure[];
  publishedAt?: string;
}

export function scorePage(page: CorpusPage, reading: Reading): PageScore {
  const tally = emptyTally();
  const failures: string[] = [];
  const fail = (at: { start: number }, what: string) => failures.push(`${page.slug} @${at.start}: ${what}`);
  const pairs = pair(reading.figures, page.figures);
  const paired = new Set(pairs.values());
  const detectedAt = new Map(reading.figures.map((f) => [f.id, f]));

  tally.published.total++;
  if ((reading.publishedAt ?? null) === page.gold.published) tally.published.right++;
  else fail({ start: 0 }, `published ${reading.publishedAt ?? 'none'}, gold ${page.gold.published ?? 'none'}`);

  for (const g of page.figures) {
    if (paired.has(g)) continue;
    tally.detect[g.kind].fn++;
    fail(g, `missed ${g.kind} "${g.text}"`);
    for (const n of g.notes ?? []) {
      tally.notes.missing++;
      fail(g, `missing ${n.type} note on "${g.text}" (its figure was missed)`);
    }
  }

  const pageNotes = new Map<string, string>();
  for (const f of reading.figures) {
    for (const n of notesOf(f)) if (PAGE_NOTES.has(n.type) && n.year !== undefined) pageNotes.set(`${n.type} ${n.year}`, n.text);
    const g = pairs.get(f);
    if (!g) {
      tally.detect[f.kind as GoldKind].fp++;
      tally.falseFigures++;
      fail(f, `false ${f.kind} "${f.text}"`);
      for (const n of notesOf(f)) if (!PAGE_NOTES.has(n.type)) {
        tally.notes.false++;
        fail(f, `false note on a false figure: ${n.text}`);
      }
      continue;
    }
    const wrong = detectedRight(f, g);
    if (wrong) {
      tally.detect[f.kind as GoldKind].fp++;
      tally.detect[g.kind].fn++;
      fail(f, `"${f.text}" read wrong: ${wrong}`);
    } else tally.detect[g.kind].tp++;
    if (f.kind !== g.kind) continue;
    scoreMeaning(f, g, detectedAt, page, tally, fail);
    for (const n of notesOf(f)) {
      if (PAGE_NOTES.has(n.type)) continue;
      if (noteRight(n, g)) tally.notes.right++;
      else {
        tally.notes.false++;
        fail(f, `false note on "${f.text}": ${n.text}`);
      }
    }
    for (const want of g.notes ?? []) {
      if (!(f.notes ?? []).some((n) => n.type === want.type && noteRight(n, { ...g, notes: [want] }))) {
        tally.notes.missing++;
        fail(f, `missing ${want.type} note on "${f.text}"${want.value !== undefined ? ` (${want.value})` : ''}`);
      }
    }
  }

  const wanted = new Set((page.gold.pageNotes ?? []).map((n) => `${n.type} ${n.year}`));
  for (const [key, text] of pageNotes) {
    if (wanted.has(key)) tally.notes.right++;
    else {
      tally.notes.false++;
      fail({ start: 0 }, `false page note (${key}): ${text}`);
    }
  }
  for (const n of page.gold.pageNotes ?? []) {
    if (!pageNotes.has(`${n.type} ${n.year}`)) {
      tally.notes.missing++;
      fail({ start: 0 }, `missing ${n.type} note for "${n.phrase}" (${n.year})`);
    }
  }
  return { slug: page.slug, tally, failures };
}

function scoreMeaning(
  f: Figure,
  g: PlacedGold,
  detectedAt: Map<string, Figure>,
  page: CorpusPage,
  tally: Tally,
  fail: (at: { start: number }, what: string) => void,
): void {
  if (g.year !== undefined) {
    tally.year.total++;
    if ((f.year ?? null) === g.year) tally.year.right++;
    else fail(f, `year of "${f.text}": ${f.year ?? 'none'}, gold ${g.year ?? 'none'}`);
  }
  if (g.months !== undefined) {
    tally.period.total++;
    const got = months(f);
    if (show(got) === show(g.months) && (g.months === null || (f.year ?? null) === (g.year ?? null))) tally.period.right++;
    else fail(f, `months of "${f.text}": ${f.year ?? '?'} ${show(got)}, gold ${g.year ?? '?'} ${show(g.months)}`);
  }
  if (g.kind !== 'percent') return;
  if (g.role !== undefined) {
    tally.role.total++;
    if (f.role === g.role) tally.role.right++;
    else fail(f, `role of "${f.text}": ${f.role ?? 'none'}, gold ${g.role}`);
  }
  if (g.basis !== undefined && g.role === 'growth') {
    tally.basis.total++;
    const got = f.basis ?? 'other';
    if (got === g.basis) tally.basis.right++;
    else fail(f, `basis of "${f.text}": ${f.basis ?? 'none'}, gold ${g.basis}`);
  }
  if (g.subject !== undefined) {
    tally.subject.total++;
    const s = f.subject ? detectedAt.get(f.subject) : undefined;
    let right: boolean;
    if (g.subject === null) right = !s;
    else {
      const start = occurrence(page.text, g.subject, g.subjectAt ?? 0);
      right = !!s && overlap(s, { start, end: start + g.subject.length }) > 0;
    }
    if (right) tally.subject.right++;
    else fail(f, `subject of "${f.text}": ${s ? `"${s.text}"` : 'none'}, gold ${g.subject === null ? 'none' : `"${g.subject}"`}`);
  }
}
