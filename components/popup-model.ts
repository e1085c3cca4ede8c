/**
 * What the popup shows, decided without a DOM: which state the tab is in, the
 * summary's counts and key points, and which figures a filter keeps. Pure, so
 * each rule is tested on its own.
 */
import { FIGURE_KINDS, type Figure, type FigureKind, type Note, type PercentRole } from '@/lib/figure';
import { CHECK_TYPES } from '@/lib/notes/checks';
import { MAX_URL, type TabStatus, type TabSummary } from '@/lib/messages';
import { DEFAULT_SITES, hostMatches } from '@/lib/sites';
import type { Settings } from '@/lib/settings';

export const ROLES: readonly PercentRole[] = ['growth', 'share', 'target', 'forecast', 'level', 'change'];

// ---- the tab's state ----

/**
 * Hosts where browsers let no extension script run: their web stores. The
 * browser's own pages and viewers are ruled out by their schemes.
 */
const CLOSED_HOSTS: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

/**
 * Whether no content script can read `url`: browser pages (chrome:, about:,
 * edge:, view-source:), other extensions' pages (among them Chrome's PDF
 * viewer), files, the web stores, and PDFs, which the browser shows in its
 * viewer rather than as a page.
 */
export function isClosedPage(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  if (/\.pdf$/i.test(parsed.pathname)) return true;
  return CLOSED_HOSTS.some((c) => hostMatches(parsed.hostname, c.host) && (!c.path || parsed.pathname.startsWith(c.path)));
}

export type TabState =
  | { state: 'figures' }
  /** The page was read and holds no figure. */
  | { state: 'no-figures' }
  | { state: 'cannot-run' }
  /** The reader added the site, and its host permission has since been removed. */
  | { state: 'permission-missing'; site: string }
  /** A default site the reader turned off. */
  | { state: 'site-off'; site: string }
  | { state: 'not-annotated' }
  /** The worker did not answer. */
  | { state: 'error' };

export interface TabFacts {
  /**
   * The tab's URL: visible to the popup only on sites with host permission,
   * or after the reader clicked the toolbar button (activeTab). Absent on the
   * browser's own pages, which grant neither.
   */
  url?: string;
  /** The worker's summary; null when the worker did not answer. */
  summary: TabSummary | null;
  /** The content script's reply; null when no content script answered. */
  status: TabStatus | null;
  settings: Settings;
  /** For a page on a site the reader added: whether its host permission is still granted. */
  sitePermission?: boolean;
}

/** The host name of `url`; undefined when there is no URL or it does not parse. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** A URL as the content script names its page (cut to MAX_URL), without the fragment: a jump to an anchor is the same page. */
const pageKey = (url: string) => url.slice(0, MAX_URL).replace(/#.*$/, '');

/**
 * The worker's summary when it is of the page the tab shows; an empty one
 * when it is of a page the tab has left. The worker forgets a page when it
 * sees the tab's URL change, but it sees that only on sites it has host
 * access to: a tab gone from a news article to an ordinary site (or to one
 * the reader turned off) still has the article's summary there. Without the
 * tab's URL (no access to it) the summary is taken as it is.
 */
export function summaryOfPage(url: string | undefined, summary: TabSummary | null): TabSummary | null {
  if (!summary?.page || url === undefined) return summary;
  return pageKey(summary.page.url) === pageKey(url) ? summary : { page: null, figures: [] };
}

export function tabState(facts: TabFacts): TabState {
  const { url, status, settings, sitePermission } = facts;
  const summary = summaryOfPage(url, facts.summary);
  if (summary && summary.figures.length > 0) return { state: 'figures' };
  if (url === undefined || isClosedPage(url)) return summary?.page ? { state: 'no-figures' } : { state: 'cannot-run' };
  const host = hostOf(url) ?? '';
  const defaultSite = DEFAULT_SITES.find((s) => hostMatches(host, s));
  // A site turned off while its page was open: the worker still knows the page, with its figures withdrawn.
  const siteOff = defaultSite !== undefined && settings.disabledSites.includes(defaultSite) && !status?.annotated;
  if (siteOff) return { state: 'site-off', site: defaultSite };
  if (summary?.page || status?.annotated) return { state: 'no-figures' };
  if (!summary) return { state: 'error' };
  const userSite = settings.userSites.find((s) => hostMatches(host, s));
  if (userSite && sitePermission === false) return { state: 'permission-missing', site: userSite };
  return { state: 'not-annotated' };
}

// ---- the summary ----

export function countsByKind(figures: readonly Figure[]): Record<FigureKind, number> {
  const counts: Record<FigureKind, number> = { money: 0, percent: 0, count: 0, quantity: 0 };
  for (const f of figures) counts[f.kind]++;
  return counts;
}

export type KeyPoint =
  | { type: 'largest'; figure: Figure }
  /** A growth rate and the prior value it implies. */
  | { type: 'prior'; figure: Figure; note: Note }
  | { type: 'target'; figure: Figure; note?: Note };

/** Something on the page that does not add up, with every figure it involves (in page order). */
export interface Check {
  note: Note;
  figures: Figure[];
}

/**
 * The page's flagged checks, once each: a check's note sits on every figure
 * it involved (the parts and their total), and the popup lists it once with
 * a way to each of them. In-text conversions the ECB rate contradicts are
 * checks too. In page order of their first figure.
 */
export function checksOf(figures: readonly Figure[]): Check[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const found = new Map<string, Check>();
  for (const figure of figures) {
    for (const note of figure.notes ?? []) {
      if (!note.flagged || !CHECK_TYPES.includes(note.type)) continue;
      const key = `${note.type}\u0000${note.text}`;
      if (found.has(key)) continue;
      const involved = (note.figures ?? [figure.id]).map((id) => byId.get(id)).filter((f): f is Figure => f !== undefined);
      found.set(key, { note, figures: involved.length ? involved : [figure] });
    }
  }
  return [...found.values()].sort((a, b) => a.figures[0]!.start - b.figures[0]!.start);
}

/**
 * The largest amounts, biggest first. Amounts compare only in one currency:
 * the reader's when the worker normalized them, else the page's most used
 * one. A restatement in another currency ("(US$ 1.9 trillion)") is not a
 * second amount.
 */
export function largestAmounts(figures: readonly Figure[]): Figure[] {
  const money = figures.filter((f) => f.kind === 'money' && !f.equivalentOf);
  const normalized = money.filter((f) => f.normalized);
  if (normalized.length) return normalized.sort((a, b) => b.normalized!.value - a.normalized!.value);
  const uses = new Map<string, number>();
  for (const f of money) uses.set(f.currency ?? '', (uses.get(f.currency ?? '') ?? 0) + 1);
  const [main] = [...uses].sort((a, b) => b[1] - a[1])[0] ?? [];
  return money.filter((f) => (f.currency ?? '') === main).sort((a, b) => b.value - a.value);
}

function notesOf(figures: readonly Figure[], pick: (n: Note) => boolean): { figure: Figure; note: Note }[] {
  return figures.flatMap((figure) => (figure.notes ?? []).filter(pick).map((note) => ({ figure, note })));
}

/**
 * The 3–5 points that matter most on the page after its checks (checksOf,
 * shown above them), in this order of importance: the largest amount, growth
 * rates with the prior value they imply, targets; then more of the same while
 * there is room. One point per figure.
 */
export function keyPoints(figures: readonly Figure[], max = 5): KeyPoint[] {
  const largest: KeyPoint[] = largestAmounts(figures).map((figure) => ({ type: 'largest', figure }));
  const priors: KeyPoint[] = notesOf(figures, (n) => n.type === 'implied-prior').map((p) => ({ type: 'prior', ...p }));
  const targetNotes = notesOf(figures, (n) => n.type === 'target-vs-actual');
  const targets: KeyPoint[] = [
    ...targetNotes.map((p): KeyPoint => ({ type: 'target', ...p })),
    ...figures.filter((f) => f.role === 'target' && !targetNotes.some((p) => p.figure === f)).map((figure): KeyPoint => ({ type: 'target', figure })),
  ];
  const rounds: [KeyPoint[], number][] = [
    [largest, 1],
    [priors, 2],
    [targets, 1],
    [largest, 2],
    [priors, 5],
    [targets, 5],
  ];
  const chosen: KeyPoint[] = [];
  for (const [pool, upTo] of rounds) {
    for (const point of pool) {
      if (chosen.length >= max) break;
      if (chosen.filter((p) => p.type === point.type).length >= upTo) break;
      if (chosen.some((p) => p.figure.id === point.figure.id)) continue;
      chosen.push(point);
    }
  }
  const order = ['largest', 'prior', 'target'];
  return chosen.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
}

/**
 * What the page says about time as a whole: its streaks ("for the 36th consecutive year" → since 1989)
 * and its relative years ("last year" → 2024), once each, in page order, whichever figure carries them.
 */
export function pageNotes(figures: readonly Figure[]): { figure: Figure; note: Note }[] {
  const seen = new Set<string>();
  return notesOf(figures, (n) => n.type === 'streak' || n.type === 'relative-year').filter(({ note }) => !seen.has(note.text) && seen.add(note.text));
}

// ---- the list ----

export interface FigureFilter {
  text: string;
  kind: FigureKind | 'all';
  role: PercentRole | 'all';
}

export const NO_FILTER: FigureFilter = { text: '', kind: 'all', role: 'all' };

/**
 * Whether `figure` passes the filter. Each word of the text must appear in
 * the figure, its sentence, its notes or the names of its kind and role, in
 * English or in the UI language (`labels`), so "growth", "增长" and "yuan" all
 * narrow the list.
 */
export function matchesFilter(figure: Figure, filter: FigureFilter, labels: (figure: Figure) => string[] = () => []): boolean {
  if (filter.kind !== 'all' && figure.kind !== filter.kind) return false;
  if (filter.role !== 'all' && figure.role !== filter.role) return false;
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = [figure.text, figure.sentence, figure.kind, figure.role ?? '', figure.currency ?? '', ...(figure.notes ?? []).map((n) => n.text), ...labels(figure)]
    .join('\n')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Figures in sections by kind, each in page order; empty sections left out. */
export function groupByKind(figures: readonly Figure[]): { kind: FigureKind; figures: Figure[] }[] {
  return FIGURE_KINDS.map((kind) => ({ kind, figures: figures.filter((f) => f.kind === kind) })).filter((g) => g.figures.length > 0);
}
