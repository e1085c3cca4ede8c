// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/preact';
import type { Figure } from '@/lib/figure';
import { renderIn } from '@/components/render.test-helper';
import { seedDetected, seedNormalized } from '@/components/fixtures.test-helper';
import { HoverCard } from './HoverCard';

afterEach(cleanup);

const byText = (figures: Figure[], text: string) => figures.find((f) => f.text === text)!;

describe('the hover card', () => {
  it('is a tooltip named after the figure, with nothing that can take focus', () => {
    const figure = byText(seedDetected(), '9.8 percent');
    const { container } = renderIn('en', <HoverCard figure={figure} detail={undefined} />);
    const card = screen.getByRole('tooltip');
    expect(card.getAttribute('aria-label')).toBe('FigureLens: 9.8 percent');
    expect(container.querySelectorAll('a, button, input, select, textarea, [tabindex]')).toHaveLength(0);
  });

  it('shows the figure as found while the worker is asked, then its normalized value, year, rate and notes', () => {
    const detected = byText(seedDetected(), '14 trillion yuan');
    const normalized = byText(seedNormalized(), '14 trillion yuan');
    const asking = renderIn('en', <HoverCard figure={detected} detail={undefined} />);
    expect(asking.container.querySelector('.card-status')!.textContent).toBe('Loading…');
    expect(asking.container.querySelector('.card-value')!.textContent).toBe('CN¥14 trillion');
    cleanup();
    const { container } = renderIn('en', <HoverCard figure={detected} detail={normalized} />);
    const rows = Object.fromEntries([...container.querySelectorAll('.card-row')].map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]));
    expect(rows.Value).toBe('≈ $1.94 trillion');
    expect(rows.Year).toBe('2024');
    expect(rows.Rate).toMatch(/^1 CNY = 0\.139 USD/);
    expect(container.querySelectorAll('.card-note').length).toBe(normalized.notes!.length);
    expect(container.querySelector('.card-status')).toBeNull();
  });

  it('a percentage shows its role, and a hedge is kept with the figure', () => {
    const target = byText(seedNormalized(), '5 percent');
    const { container } = renderIn('en', <HoverCard figure={target} detail={target} />);
    expect(container.querySelector('.card-text')!.textContent).toBe('around 5 percent');
    expect(container.querySelector('.card-value')!.textContent).toBe('5%');
    expect([...container.querySelectorAll('dt')].map((d) => d.textContent)).toContain('Role');
  });

  it('renders gracefully when normalization has not filled anything in', () => {
    const firms = byText(seedDetected(), '77,000 high-tech enterprises');
    const { container } = renderIn('en', <HoverCard figure={firms} detail={null} />);
    expect([...container.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Value']);
    expect(container.querySelector('.card-value')!.textContent).toBe('77,000 high-tech enterprises');
    expect(container.querySelector('.card-status')!.textContent).toBe('No details for this figure yet.');
  });

  it('percentage points and unconverted money say so', () => {
    const pp: Figure = { ...byText(seedDetected(), '9.8 percent'), text: '1.2 percentage points', unit: 'pp', value: 1.2 };
    const twd: Figure = { ...byText(seedDetected(), '9 trillion yuan'), currency: 'TWD', unconverted: 'no ECB reference rate for TWD' };
    const a = renderIn('en', <HoverCard figure={pp} detail={pp} />);
    expect(a.container.querySelector('.card-value')!.textContent).toBe('1.2 percentage points');
    cleanup();
    const b = renderIn('en', <HoverCard figure={twd} detail={twd} />);
    expect(b.container.textContent).toContain('Not converted: no ECB reference rate for TWD');
  });

  it('a vague count shows its value as a lower bound', () => {
    const firms: Figure = { ...byText(seedDetected(), '9.8 percent'), text: 'dozens of tech companies', kind: 'count', unit: undefined, value: 24, noun: 'tech companies', vague: true };
    const { container } = renderIn('en', <HoverCard figure={firms} detail={firms} />);
    expect(container.querySelector('.card-value')!.textContent).toBe('at least 24 tech companies');
  });

  it('reads in Simplified Chinese', () => {
    const normalized = byText(seedNormalized(), '14 trillion yuan');
    const { container } = renderIn('zh', <HoverCard figure={normalized} detail={normalized} />);
    expect([...container.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['数值', '年份', '汇率']);
    expect(screen.getByRole('tooltip').getAttribute('aria-label')).toBe('FigureLens：14 trillion yuan');
  });
});
