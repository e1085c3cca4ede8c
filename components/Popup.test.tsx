// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Figure } from '@/lib/figure';
import { Popup, type PopupActions, type PopupData } from '@/components/Popup';
import { renderIn, type UiLang } from '@/components/render.test-helper';
import { SEED_PAGE, seedDetected, seedNormalized, ZH_PAGE, zhNormalized } from '@/components/fixtures.test-helper';

afterEach(cleanup);

const ANNOTATED = { annotated: true, highlightsOn: true, figureCount: 9, settled: true };

function data(over: Partial<PopupData> = {}): PopupData {
  return {
    url: SEED_PAGE.url,
    summary: { page: SEED_PAGE, figures: seedNormalized() },
    status: ANNOTATED,
    settings: DEFAULT_SETTINGS,
    embeddedRatesDate: '2026-04-13',
    ecbPermission: false,
    today: '2026-04-20',
    ...over,
  };
}

function actions(over: Partial<PopupActions> = {}): PopupActions {
  return {
    reveal: vi.fn(),
    setHighlights: vi.fn(async () => {}),
    setListOrder: vi.fn(async () => {}),
    copy: vi.fn(async () => {}),
    download: vi.fn(),
    openOptions: vi.fn(),
    ...over,
  };
}

async function show(d: PopupData | (() => Promise<PopupData>), a = actions(), lang: UiLang = 'en') {
  const load = typeof d === 'function' ? d : () => Promise.resolve(d);
  renderIn(lang, <Popup load={load} actions={a} />);
  await screen.findByRole('main');
  return a;
}

const items = () => [...document.querySelectorAll<HTMLElement>('li[data-figure-id]')];
const itemTexts = () => items().map((li) => li.querySelector('.figure-text')!.textContent);
const item = (text: string) => items().find((li) => li.querySelector('.figure-text')!.textContent === text)!;

describe('the summary on top', () => {
  it('gives the title, the publication date in the UI language, and counts by kind', async () => {
    await show(data());
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('New productive forces fuel growth in Guangdong');
    expect(screen.getByText('Published Jan 16, 2025')).toBeTruthy();
    const counts = document.querySelector('.counts')!.textContent;
    expect(counts).toContain('Figures: 9');
    expect(counts).toContain('Money 3');
    expect(counts).toContain('Percent 5');
    expect(counts).toContain('Count 1');
  });

  it('says "date unknown" when the page does not say', async () => {
    await show(data({ summary: { page: { ...SEED_PAGE, publishedAt: undefined, publishedFrom: undefined }, figures: seedNormalized() } }));
    expect(screen.getByText('Date unknown')).toBeTruthy();
  });

  it('lists the failed conversion check under Checks, with a way to its figure', async () => {
    const a = await show(data());
    const checks = within(screen.getByRole('region', { name: 'Checks' }));
    expect(checks.getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringMatching(/^Check: The article gives US\$ 1\.9 trillion.*14 trillion yuan$/)]);
    fireEvent.click(checks.getByRole('button', { name: 'Go to “14 trillion yuan”, a figure of this check' }));
    expect(a.reveal).toHaveBeenCalledWith(seedNormalized().find((f) => f.text === '14 trillion yuan')!.id);
  });

  it('lists the key points: the largest amounts, the implied prior value and the target', async () => {
    await show(data());
    const points = within(screen.getByRole('region', { name: 'Key points' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(points).toEqual([
      'Largest amount: 14 trillion yuan (≈ $1.94 trillion)',
      'Largest amount: 9 trillion yuan (≈ $1.25 trillion)',
      '9.8 percent: Implies about 8.2 trillion yuan in 2023 (9 trillion ÷ 1.098).',
      'A target for 2025, not an outcome.',
    ]);
  });

  it('shows a key point in the page when it is clicked', async () => {
    const a = await show(data());
    fireEvent.click(within(screen.getByRole('region', { name: 'Key points' })).getByText(/Largest amount: 9 trillion/));
    expect(a.reveal).toHaveBeenCalledWith('f3');
  });

  it('in Chinese: date, counts and points in Chinese', async () => {
    await show(data({ url: ZH_PAGE.url, summary: { page: { ...ZH_PAGE, publishedAt: '2025-01-16', publishedFrom: 'meta' }, figures: zhNormalized() } }), actions(), 'zh');
    expect(screen.getByText('发布于 2025年1月16日')).toBeTruthy();
    expect(document.querySelector('.counts')!.textContent).toContain('数字：7');
    expect(document.querySelector('.counts')!.textContent).toContain('金额 3');
    const points = within(screen.getByRole('region', { name: '要点' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(points).toEqual(['最大金额：14万亿元（≈ 1.79万亿欧元）', '最大金额：9万亿元（≈ 1.15万亿欧元）', '9.8%：上年约为8.2万亿元（9万亿元 ÷ 1.098）。']);
  });
});

describe('the list', () => {
  it('has every figure, in page order', async () => {
    await show(data());
    expect(itemTexts()).toEqual(seedNormalized().map((f) => f.text));
  });

  it('shows each figure with its amount in the reader currency, role and year chips, sentence and notes', async () => {
    await show(data());
    const gdp = item('14 trillion yuan');
    expect(gdp.querySelector('.figure-converted')!.textContent).toBe('≈ $1.94 trillion');
    expect(gdp.querySelector('.figure-converted')!.getAttribute('title')).toBe('1 CNY = 0.139 USD, 2024 annual average (ECB)');
    expect(gdp.querySelector('.chip-year')!.textContent).toBe('2024');
    expect(gdp.querySelector('.note-flagged')!.textContent).toMatch(/^Check: The article gives/);

    const growth = item('9.8 percent');
    expect(growth.querySelector('.chip-role')!.textContent).toBe('Growth y/y');
    expect(growth.querySelector('mark')!.textContent).toBe('9.8 percent');
    expect(growth.querySelector('.figure-sentence')!.textContent).toBe(seedNormalized()[3]!.sentence);
    expect(item('38.7 percent').querySelector('.chip-role')!.textContent).toBe('Share');
    expect(item('5 percent').querySelector('.chip-role')!.textContent).toBe('Target');
    expect(item('30 percent').querySelector('.chip-role')!.textContent).toBe('Level');
  });

  it('shows figures that are not normalized yet: as written, with their kind and sentence', async () => {
    await show(data({ summary: { page: SEED_PAGE, figures: seedDetected() } }));
    expect(itemTexts()).toHaveLength(9);
    const gdp = item('14 trillion yuan');
    expect(gdp.querySelector('.figure-converted')).toBeNull();
    expect(gdp.querySelector('.chip-kind')!.textContent).toBe('Money');
    expect(gdp.querySelector('mark')!.textContent).toBe('14 trillion yuan');
  });

  it('says when a money figure could not be converted, and why', async () => {
    await show(data({ url: ZH_PAGE.url, summary: { page: ZH_PAGE, figures: zhNormalized() } }), actions(), 'zh');
    const odd = item('5亿元');
    // Visible text, not a tooltip: keyboard and screen-reader users read it too.
    expect(odd.querySelector('.figure-unconverted')!.textContent).toBe('未换算：no rate');
    expect(item('9.8%').querySelector('.chip-role')!.textContent).toBe('增长 同比');
  });

  it('shows the reason and the rate source as the worker words them, in the analysis language, with no English added', async () => {
    // lib words these in the analysis locale (the UI language); the popup adds only its own translated label.
    const figures = zhNormalized().map((f) =>
      f.id === 'z7' ? { ...f, unconverted: '欧洲央行没有新台币的参考汇率' } : f.normalized ? { ...f, normalized: { ...f.normalized, source: '欧洲央行欧元参考汇率，2024年年均' } } : f,
    );
    await show(data({ url: ZH_PAGE.url, summary: { page: ZH_PAGE, figures } }), actions(), 'zh');
    const odd = item('5亿元').querySelector('.figure-unconverted')!;
    expect(odd.textContent).toBe('未换算：欧洲央行没有新台币的参考汇率');
    const converted = item('14万亿元').querySelector('.figure-converted')!;
    expect(converted.getAttribute('title')).toBe('1 CNY = 0.128 EUR，2024年平均汇率（欧洲央行）');
    expect(document.querySelector('main')!.textContent).not.toMatch(/[A-Za-z]{3,} [a-z]{3,}/);
  });

  it('groups by kind when the reader chooses, and remembers the choice', async () => {
    const a = await show(data());
    fireEvent.click(screen.getByRole('radio', { name: 'By kind' }));
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Money (3)', 'Percent (5)', 'Count (1)']);
    expect(itemTexts()).toEqual(['14 trillion yuan', 'US$ 1.9 trillion', '9 trillion yuan', '9.8 percent', '38.7 percent', '5 percent', '23 percent', '30 percent', '77,000 high-tech enterprises']);
    expect(a.setListOrder).toHaveBeenCalledWith('kind');
  });

  it('opens in the order stored in the settings', async () => {
    await show(data({ settings: { ...DEFAULT_SETTINGS, listOrder: 'kind' } }));
    expect((screen.getByRole('radio', { name: 'By kind' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
  });

  it('narrows by text, by kind and by role, and says how many it shows', async () => {
    await show(data());
    fireEvent.input(screen.getByRole('searchbox', { name: 'Filter figures by text, kind or role' }), { target: { value: 'growth' } });
    // "growth" in the sentence (trade, the GDP target) or as the role (the loans' 23 percent).
    expect(itemTexts()).toEqual(['9 trillion yuan', '9.8 percent', '38.7 percent', '5 percent', '23 percent']);
    expect(screen.getByText('Showing 5 of 9')).toBeTruthy();

    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'percent' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: 'growth' } });
    expect(itemTexts()).toEqual(['9.8 percent', '23 percent']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'count' } });
    expect(itemTexts()).toEqual([]);
    expect(screen.getByText('No figure matches: clear the filter to see them all.')).toBeTruthy();
  });

  it('shows a figure in the page on a click anywhere on it, or Enter on its button', async () => {
    const a = await show(data());
    fireEvent.click(item('23 percent').querySelector('.figure-sentence')!);
    expect(a.reveal).toHaveBeenLastCalledWith('f8');
    const button = screen.getByRole('button', { name: 'Show “9.8 percent” in the page' });
    button.focus();
    // A native button turns Enter into a click.
    fireEvent.click(button);
    expect(a.reveal).toHaveBeenLastCalledWith('f4');
    expect(a.reveal).toHaveBeenCalledTimes(2);
  });

  it('renders a long list a batch at a time until every figure is in it', async () => {
    const many: Figure[] = Array.from({ length: 300 }, (_, i) => ({ ...seedNormalized()[i % 9]!, id: `m${i}` }));
    const complete = vi.fn();
    renderIn('en', <Popup load={() => Promise.resolve(data({ summary: { page: SEED_PAGE, figures: many } }))} actions={actions()} onListComplete={complete} />);
    await screen.findByRole('main');
    expect(items().length).toBeLessThan(300);
    // happy-dom is slow with long lists: the wait is generous, and nothing here measures time.
    await waitFor(() => expect(complete).toHaveBeenCalled(), { timeout: 15_000 });
    expect(items()).toHaveLength(300);
  });
});

describe('export', () => {
  it('copies a Markdown table of every figure', async () => {
    const a = await show(data());
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await screen.findByText('Markdown table copied: paste it into your notes.');
    const markdown = vi.mocked(a.copy).mock.calls[0]![0];
    expect(markdown.split('\n').filter(Boolean)).toHaveLength(2 + 9);
    expect(markdown).toContain('| 14 trillion yuan | money |');
  });

  it('says so when the clipboard refuses', async () => {
    await show(data(), actions({ copy: () => Promise.reject(new Error('denied')) }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    await screen.findByText('Could not copy: use Download CSV instead.');
  });

  it('downloads CSV and JSON files named after the site and date', async () => {
    const a = await show(data());
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    const [[csv], [json]] = vi.mocked(a.download).mock.calls as [[{ name: string; type: string; content: string }], [{ name: string; type: string; content: string }]];
    expect(csv).toMatchObject({ name: 'figurelens-lifeofguangzhou.com-2025-01-16.csv', type: 'text/csv;charset=utf-8' });
    expect(csv.content.startsWith('\uFEFFsource_url,')).toBe(true);
    expect(json.name).toBe('figurelens-lifeofguangzhou.com-2025-01-16.json');
    expect(JSON.parse(json.content)).toHaveLength(9);
    expect(screen.getByText('Saved figurelens-lifeofguangzhou.com-2025-01-16.json.')).toBeTruthy();
  });
});

describe('states, each in one line with what to do', () => {
  const line = () => document.querySelector('.state')!.textContent;

  it('no figures on the page', async () => {
    await show(data({ summary: { page: SEED_PAGE, figures: [] } }));
    expect(line()).toBe('No economic figures on this page: open an article with amounts or rates in its text.');
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
  });

  it('a page where the extension cannot run', async () => {
    await show(data({ url: 'chrome://newtab/', summary: { page: null, figures: [] }, status: null }));
    expect(line()).toMatch(/^FigureLens cannot run on this page/);
    expect(screen.queryByRole('button', { name: 'Annotate this page' })).toBeNull();
  });

  it('not annotated yet: offers to annotate, then shows the figures', async () => {
    let annotated = false;
    const load = async () => (annotated ? data() : data({ url: 'https://www.example.com/a', summary: { page: null, figures: [] }, status: null }));
    const annotate = vi.fn(async () => {
      annotated = true;
    });
    const alwaysOn = vi.fn(async () => {});
    await show(load, actions({ annotate, alwaysOn }));
    expect(line()).toBe('FigureLens has not read this page yet: click Annotate this page.');
    expect(screen.getByRole('button', { name: 'Always on this site' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annotate this page' }));
    await waitFor(() => expect(items()).toHaveLength(9));
    expect(annotate).toHaveBeenCalledOnce();
  });

  it('a default site the reader turned off: annotate once, or turn it on in Options', async () => {
    const annotate = vi.fn(async () => {});
    await show(data({ summary: { page: null, figures: [] }, status: null, settings: { ...DEFAULT_SETTINGS, disabledSites: ['lifeofguangzhou.com'] } }), actions({ annotate }));
    expect(line()).toBe('FigureLens is turned off for lifeofguangzhou.com: annotate this page, or turn the site on in Options.');
    expect(screen.getByRole('button', { name: 'Annotate this page' })).toBeTruthy();
  });

  it('a tab that left the article for an ordinary site: the article is neither listed nor exported', async () => {
    // The worker still holds the article: it cannot see a tab's URL change on a site without host access.
    await show(data({ url: 'https://www.example.com/markets/today', status: null }), actions({ annotate: vi.fn(async () => {}) }));
    expect(line()).toBe('FigureLens has not read this page yet: click Annotate this page.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('FigureLens');
    expect(items()).toHaveLength(0);
    expect(document.querySelector('.counts')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy Markdown' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Annotate this page' })).toBeTruthy();
  });

  it('a tab that left the article for a site the reader turned off, in Chinese', async () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['chinadaily.com.cn'] };
    await show(data({ url: ZH_PAGE.url, status: null, settings }), actions({ annotate: vi.fn(async () => {}) }), 'zh');
    expect(line()).toBe('已对 chinadaily.com.cn 关闭 FigureLens：可标注此页面，或在设置中重新开启该网站。');
    expect(items()).toHaveLength(0);
    expect(screen.queryByRole('button', { name: '复制 Markdown' })).toBeNull();
  });

  it('the same article after a jump to an anchor', async () => {
    await show(data({ url: `${SEED_PAGE.url}#comments` }));
    expect(items()).toHaveLength(9);
  });

  it('a permission missing for a site the reader added', async () => {
    const allowSite = vi.fn(async () => {});
    await show(
      data({ url: 'https://news.example.com/a', summary: { page: null, figures: [] }, status: null, settings: { ...DEFAULT_SETTINGS, userSites: ['example.com'] }, sitePermission: false }),
      actions({ allowSite }),
    );
    expect(line()).toBe('FigureLens is missing its permission for example.com: click Allow to read it again.');
    fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
    await waitFor(() => expect(allowSite).toHaveBeenCalledOnce());
  });

  it('the worker did not answer', async () => {
    await show(() => Promise.reject(new Error('no worker')));
    expect(line()).toBe('Could not load this page’s figures: reload the page and open FigureLens again.');
  });

  it('always shows the embedded rate table’s date', async () => {
    await show(data({ today: '2026-04-20' }));
    expect(document.querySelector('.rates')!.textContent).toBe('Exchange rates: ECB reference rates to Apr 13, 2026');
  });

  it('rates older than 30 days: no page-wide warning (each figure converted at an old daily rate says so)', async () => {
    await show(data({ today: '2026-11-28' }));
    expect(document.querySelector('.rates')!.textContent).toBe('Exchange rates: ECB reference rates to Apr 13, 2026');
    expect(document.querySelector('.rates .warning')).toBeNull();
  });

  it('daily rates chosen without the ECB permission', async () => {
    await show(data({ settings: { ...DEFAULT_SETTINGS, rates: 'ecb-daily' }, ecbPermission: false }));
    expect(document.querySelector('.rates .warning')!.textContent).toBe('Daily ECB rates are on but not allowed: allow them in Options.');
  });

  it('in Chinese', async () => {
    await show(data({ url: 'chrome://newtab/', summary: { page: null, figures: [] }, status: null, today: '2026-11-28' }), actions(), 'zh');
    expect(line()).toBe('FigureLens 无法在此页面运行（浏览器页面、PDF 查看器、应用商店）：请打开一篇新闻文章。');
    expect(document.querySelector('.rates')!.textContent).toBe('汇率：欧洲央行参考汇率，截至 2026年4月13日');
  });
});

describe('controls', () => {
  it('switches highlights on this site', async () => {
    const a = await show(data());
    const toggle = screen.getByRole('checkbox', { name: 'Highlights on this site' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    expect(a.setHighlights).toHaveBeenCalledWith(false);
    expect(toggle.checked).toBe(false);
  });

  it('starts with highlights off where the content script says so', async () => {
    await show(data({ status: { ...ANNOTATED, highlightsOn: false } }));
    expect((screen.getByRole('checkbox', { name: 'Highlights on this site' }) as HTMLInputElement).checked).toBe(false);
  });

  it('opens the options', async () => {
    const a = await show(data());
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(a.openOptions).toHaveBeenCalled();
  });
});

describe('rates refreshed from the ECB', () => {
  it('show their date beside the embedded table’s', async () => {
    await show(data({ settings: { ...DEFAULT_SETTINGS, rates: 'ecb-daily' }, ecbPermission: true, dailyRatesDate: '2026-11-27', today: '2026-11-28' }));
    expect([...document.querySelectorAll('.rates p')].map((p) => p.textContent)).toEqual([
      'Exchange rates: ECB reference rates to Apr 13, 2026',
      'Latest daily ECB rates: Nov 27, 2026',
    ]);
  });
});

describe('a page still being read', () => {
  it('shows figures as they arrive', async () => {
    let figures: Figure[] = [];
    let refresh = () => {};
    const load = async () => data({ summary: { page: SEED_PAGE, figures } });
    renderIn('en', <Popup load={load} actions={actions()} watch={(r) => ((refresh = r), () => {})} />);
    await screen.findByText('No economic figures on this page: open an article with amounts or rates in its text.');
    figures = seedNormalized();
    refresh();
    await waitFor(() => expect(items()).toHaveLength(9));
  });
});
