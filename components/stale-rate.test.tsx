// @vitest-environment happy-dom
/**
 * How old a rate is, said where it matters: on an amount converted at a daily
 * rate over 30 days old (card and popup, the rate's date beside the value),
 * and once in the options with the ECB's daily rates on offer. Averages of
 * past years and months are never old.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { analyzePage, detectFigures, isStaleRate, type Figure, type PageInfo } from '@/lib/index';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { renderIn } from '@/components/render.test-helper';
import { FigureItem } from './FigureItem';
import { HoverCard } from './HoverCard';
import { Options, type OptionsActions } from './Options';

afterEach(cleanup);

const PAGE: PageInfo = { url: 'https://www.example.com/trade', title: 'Trade', lang: 'en', publishedAt: '2026-05-02', publishedFrom: 'meta' };
const TEXT = 'Exports reached 14 trillion yuan in 2024. This year exports have so far reached 4.2 trillion yuan.';

function figures(): { past: Figure; thisYear: Figure } {
  const all = analyzePage(PAGE, detectFigures(TEXT, { lang: 'en' }), { readerCurrency: 'USD', locale: 'en-US' });
  return { past: all.find((f) => f.text === '14 trillion yuan')!, thisYear: all.find((f) => f.text === '4.2 trillion yuan')! };
}

describe('which conversions are old', () => {
  it('a figure about this year is converted at the newest daily rate (the embedded table ends 2026-04-13)', () => {
    const { past, thisYear } = figures();
    expect(thisYear.normalized).toMatchObject({ rateKind: 'daily', ratePeriod: '2026-04-13' });
    expect(past.normalized).toMatchObject({ rateKind: 'annual-average', ratePeriod: '2024' });
  });

  it('a daily rate is old after 30 days; an annual or monthly average never is', () => {
    expect(isStaleRate({ rateKind: 'daily', ratePeriod: '2026-04-13' }, '2026-05-13')).toBe(false);
    expect(isStaleRate({ rateKind: 'daily', ratePeriod: '2026-04-13' }, '2026-05-14')).toBe(true);
    expect(isStaleRate({ rateKind: 'annual-average', ratePeriod: '2024' }, '2030-01-01')).toBe(false);
    expect(isStaleRate({ rateKind: 'monthly-average', ratePeriod: '2026-03' }, '2030-01-01')).toBe(false);
  });
});

describe('the popup item and the hover card', () => {
  const item = (figure: Figure, today: string) => renderIn('en', <ul><FigureItem figure={figure} onReveal={() => {}} today={today} /></ul>).container;

  it('put the old daily rate’s date next to the converted amount', () => {
    const { thisYear } = figures();
    const li = item(thisYear, '2026-12-02');
    expect(li.querySelector('.figure-converted')!.textContent).toBe('≈ $615 billion');
    expect(li.querySelector('.figure-stale-rate')!.textContent).toBe('at the rate of Apr 13, 2026, over 30 days old');
    cleanup();
    const card = renderIn('en', <HoverCard figure={thisYear} detail={thisYear} today="2026-12-02" />).container;
    expect(card.querySelector('.card-value')!.textContent).toBe('≈ $615 billion (at the rate of Apr 13, 2026, over 30 days old)');
  });

  it('say nothing of a figure converted at a past year’s average, or of a daily rate within 30 days', () => {
    const { past, thisYear } = figures();
    expect(item(past, '2026-12-02').querySelector('.figure-stale-rate')).toBeNull();
    cleanup();
    expect(item(thisYear, '2026-05-01').querySelector('.figure-stale-rate')).toBeNull();
    cleanup();
    expect(renderIn('en', <HoverCard figure={past} detail={past} today="2026-12-02" />).container.querySelector('.card-stale-rate')).toBeNull();
  });

  it('in Chinese', () => {
    const { thisYear } = figures();
    const card = renderIn('zh', <HoverCard figure={thisYear} detail={thisYear} today="2026-12-02" />).container;
    expect(card.querySelector('.card-stale-rate')!.textContent).toBe(' (按 2026年4月13日 的汇率，已超过 30 天)');
  });
});

describe('the options page', () => {
  const actions = (): OptionsActions =>
    ({ save: vi.fn(async () => {}), requestSite: vi.fn(async () => true), releaseSite: vi.fn(async () => {}), requestEcb: vi.fn(async () => true), releaseEcb: vi.fn(async () => {}) }) as OptionsActions;
  const show = (today: string, settings = DEFAULT_SETTINGS, a = actions()) => {
    renderIn('en', <Options settings={settings} currencies={['USD']} browserLocale="en-US" embeddedRatesDate="2026-04-13" today={today} sitePermissions={{}} ecbPermission={false} actions={a} />);
    return a;
  };

  it('says once that the built-in table is over 30 days old, and offers the ECB’s daily rates', async () => {
    const a = show('2026-12-02');
    const notes = document.querySelectorAll('.rates-old');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toContain('The built-in rates end on Apr 13, 2026, over 30 days ago');
    fireEvent.click(screen.getByRole('button', { name: 'Fetch daily ECB rates' }));
    await waitFor(() => expect(a.requestEcb).toHaveBeenCalledOnce());
  });

  it('says nothing while the table is recent, or once daily rates are chosen', () => {
    show('2026-04-20');
    expect(document.querySelector('.rates-old')).toBeNull();
    cleanup();
    show('2026-12-02', { ...DEFAULT_SETTINGS, rates: 'ecb-daily' });
    expect(document.querySelector('.rates-old')).toBeNull();
  });
});
