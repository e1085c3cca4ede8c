import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { MAX_URL, type TabSummary } from '@/lib/messages';
import {
  checksOf,
  countsByKind,
  groupByKind,
  hostOf,
  isClosedPage,
  keyPoints,
  largestAmounts,
  matchesFilter,
  NO_FILTER,
  summaryOfPage,
  tabState,
  type TabFacts,
} from '@/components/popup-model';
import { SEED_PAGE, seedDetected, seedNormalized } from '@/components/fixtures.test-helper';

const read: TabSummary = { page: SEED_PAGE, figures: seedNormalized() };
const empty: TabSummary = { page: null, figures: [] };
const facts = (over: Partial<TabFacts>): TabFacts => ({ url: SEED_PAGE.url, summary: empty, status: null, settings: DEFAULT_SETTINGS, ...over });

describe('which state the tab is in', () => {
  it('figures, whenever the worker holds some', () => {
    expect(tabState(facts({ summary: read }))).toEqual({ state: 'figures' });
    expect(tabState(facts({ summary: read, url: undefined }))).toEqual({ state: 'figures' });
  });

  it('no figures, when the page was read and held none', () => {
    expect(tabState(facts({ summary: { page: SEED_PAGE, figures: [] } }))).toEqual({ state: 'no-figures' });
    expect(tabState(facts({ status: { annotated: true, highlightsOn: true, figureCount: 0, settled: true } }))).toEqual({ state: 'no-figures' });
  });

  it.each([
    'chrome://extensions/',
    'about:blank',
    'edge://settings',
    'view-source:https://example.com/',
    'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html',
    'https://example.com/report.PDF',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://addons.mozilla.org/en-US/firefox/',
    'file:///home/me/a.html',
  ])('cannot run on %s', (url) => {
    expect(isClosedPage(url)).toBe(true);
    expect(tabState(facts({ url }))).toEqual({ state: 'cannot-run' });
  });

  it('cannot run when the browser hides the URL (its own pages grant no access)', () => {
    expect(tabState(facts({ url: undefined }))).toEqual({ state: 'cannot-run' });
  });

  it('not annotated, on an ordinary page without a content script', () => {
    expect(isClosedPage('https://www.example.com/news/1.html')).toBe(false);
    expect(tabState(facts({ url: 'https://www.example.com/news/1.html' }))).toEqual({ state: 'not-annotated' });
  });

  it('site off, on a default site the reader turned off', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['lifeofguangzhou.com'] };
    expect(tabState(facts({ settings }))).toEqual({ state: 'site-off', site: 'lifeofguangzhou.com' });
  });

  it('site off, on a page that was read before the reader turned its site off (the worker keeps the page, not its figures)', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['lifeofguangzhou.com'] };
    const withdrawn: TabSummary = { page: SEED_PAGE, figures: [] };
    const stopped = { annotated: false, highlightsOn: true, figureCount: 0, settled: true };
    expect(tabState(facts({ settings, summary: withdrawn, status: stopped }))).toEqual({ state: 'site-off', site: 'lifeofguangzhou.com' });
    // Annotated on request after that: the page is read again, so it is not "off".
    expect(tabState(facts({ settings, summary: withdrawn, status: { ...stopped, annotated: true } }))).toEqual({ state: 'no-figures' });
  });

  it('permission missing, on a site the reader added whose permission was removed', () => {
    const settings = { ...DEFAULT_SETTINGS, userSites: ['example.com'] };
    const url = 'https://news.example.com/a';
    expect(tabState(facts({ url, settings, sitePermission: false }))).toEqual({ state: 'permission-missing', site: 'example.com' });
    expect(tabState(facts({ url, settings, sitePermission: true }))).toEqual({ state: 'not-annotated' });
  });

  it('error, when the worker did not answer', () => {
    expect(tabState(facts({ summary: null }))).toEqual({ state: 'error' });
  });
});

describe('a tab that left the page the worker summarised', () => {
  // The worker forgets a page when it sees the tab's URL change, which it sees only on sites with host access.
  const ordinary = 'https://www.example.com/news/1.html';

  it('is not shown the old page: an ordinary site is not annotated', () => {
    expect(summaryOfPage(ordinary, read)).toEqual(empty);
    expect(tabState(facts({ url: ordinary, summary: read }))).toEqual({ state: 'not-annotated' });
  });

  it('on a default site the reader turned off: site off', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['chinadaily.com.cn'] };
    expect(tabState(facts({ url: 'https://www.chinadaily.com.cn/a/202501/16/WS1.html', summary: read, settings }))).toEqual({ state: 'site-off', site: 'chinadaily.com.cn' });
  });

  it('where a content script already read the new page and the worker has none of it: no figures', () => {
    expect(tabState(facts({ url: ordinary, summary: read, status: { annotated: true, highlightsOn: true, figureCount: 0, settled: true } }))).toEqual({ state: 'no-figures' });
  });

  it('is the same page after a jump to an anchor, and when the URL is longer than a page message carries', () => {
    expect(summaryOfPage(`${SEED_PAGE.url}#comments`, read)).toBe(read);
    const long = `https://www.chinadaily.com.cn/a/1.html?q=${'x'.repeat(3000)}`;
    const cut: TabSummary = { page: { ...SEED_PAGE, url: long.slice(0, MAX_URL) }, figures: read.figures };
    expect(summaryOfPage(long, cut)).toBe(cut);
  });

  it('is trusted as it is when the popup cannot see the tab’s URL', () => {
    expect(summaryOfPage(undefined, read)).toBe(read);
    expect(tabState(facts({ url: undefined, summary: read }))).toEqual({ state: 'figures' });
  });
});

describe('host names', () => {
  it('of a URL, or nothing for no URL or one that does not parse', () => {
    expect(hostOf(SEED_PAGE.url)).toBe('www.lifeofguangzhou.com');
    expect(hostOf(undefined)).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
  });
});

describe('the summary', () => {
  it('counts figures by kind', () => {
    expect(countsByKind(seedDetected())).toEqual({ money: 3, percent: 5, count: 1, quantity: 0 });
  });

  it('ranks amounts in the reader currency, leaving out restatements', () => {
    expect(largestAmounts(seedNormalized()).map((f) => f.text)).toEqual(['14 trillion yuan', '9 trillion yuan']);
  });

  it('ranks amounts in the page’s main currency before normalization', () => {
    expect(largestAmounts(seedDetected()).map((f) => f.text)).toEqual(['14 trillion yuan', '9 trillion yuan']);
  });

  it('picks the largest amounts, the growth rate with its prior value and the target', () => {
    const points = keyPoints(seedNormalized());
    expect(points.map((p) => [p.type, p.figure.text])).toEqual([
      ['largest', '14 trillion yuan'],
      ['largest', '9 trillion yuan'],
      ['prior', '9.8 percent'],
      ['target', '5 percent'],
    ]);
  });

  it('puts the failed conversion check among the checks, not the key points', () => {
    expect(checksOf(seedNormalized()).map((c) => [c.note.type, c.figures.map((f) => f.text)])).toEqual([['conversion-check', ['14 trillion yuan']]]);
  });

  it('lists a check once with every figure it involves, in page order, and leaves out what checks out', () => {
    const [total, part] = seedNormalized();
    const note = { type: 'parts-total' as const, text: 'Parts: … short of the total', flagged: true, figures: [total!.id, part!.id] };
    const quiet = { type: 'rate-levels' as const, text: 'checks out', flagged: false, figures: [part!.id] };
    const figures = [
      { ...total!, notes: [note] },
      { ...part!, notes: [note, quiet] },
    ];
    expect(checksOf(figures).map((c) => [c.note.text, c.figures.map((f) => f.id)])).toEqual([['Parts: … short of the total', [total!.id, part!.id]]]);
  });

  it('keeps to five points, one per figure', () => {
    const many = seedNormalized().flatMap((f, i) => [f, { ...f, id: `${f.id}-copy${i}` }]);
    const points = keyPoints(many);
    expect(points.length).toBe(5);
    expect(new Set(points.map((p) => p.figure.id)).size).toBe(5);
  });

  it('still has points for figures not yet normalized: the largest amounts', () => {
    expect(keyPoints(seedDetected()).map((p) => [p.type, p.figure.text])).toEqual([
      ['largest', '14 trillion yuan'],
      ['largest', '9 trillion yuan'],
    ]);
  });
});

describe('the list', () => {
  const figures = seedNormalized();
  const texts = (filter: Partial<typeof NO_FILTER>, labels?: Parameters<typeof matchesFilter>[2]) =>
    figures.filter((f) => matchesFilter(f, { ...NO_FILTER, ...filter }, labels)).map((f) => f.text);

  it('filters by words in the figure, its sentence or its notes', () => {
    expect(texts({ text: 'enterprises' })).toEqual(['77,000 high-tech enterprises', '30 percent']);
    expect(texts({ text: 'loans 23' })).toEqual(['23 percent']);
    expect(texts({ text: 'implies' })).toEqual(['9.8 percent']);
  });

  it('filters by kind and by role', () => {
    expect(texts({ kind: 'count' })).toEqual(['77,000 high-tech enterprises']);
    expect(texts({ role: 'growth' })).toEqual(['9.8 percent', '23 percent']);
    expect(texts({ text: 'target' })).toContain('5 percent');
  });

  it('filters by the UI language’s names of kinds and roles', () => {
    expect(texts({ text: '增长' }, (f) => (f.role === 'growth' ? ['增长 同比'] : []))).toEqual(['9.8 percent', '23 percent']);
  });

  it('groups by kind, each group in page order', () => {
    expect(groupByKind(figures).map((g) => [g.kind, g.figures.length])).toEqual([
      ['money', 3],
      ['percent', 5],
      ['count', 1],
    ]);
  });
});
