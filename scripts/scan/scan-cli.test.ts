/**
 * The scan CLI prints what the extension shows: years, roles, money in the
 * reader's currency, notes, and the page's publication date.
 */
import { describe, expect, it } from 'vitest';
import { runScan as scan, SEED_HTML } from '@/scripts/scan/run-scan';
import type { Figure } from '@/lib/figure';

describe('npm run scan -- --json --currency CODE FILE', () => {
  it('adds the page’s publishedAt and, on each figure, year, role, basis, subject, normalized and notes', async () => {
    const { code, stdout } = await scan(['--json', '--currency', 'USD', SEED_HTML]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as { publishedAt: string; publishedFrom: string; currency: string; figures: Figure[] };
    expect(result).toMatchObject({ publishedAt: '2025-01-16', publishedFrom: 'byline', currency: 'USD' });
    const byText = (t: string) => result.figures.find((f) => f.text === t)!;
    expect(byText('14 trillion yuan')).toMatchObject({ year: 2024, normalized: { currency: 'USD', rateKind: 'annual-average', ratePeriod: '2024' } });
    expect(byText('9.8 percent')).toMatchObject({ year: 2024, role: 'growth', basis: 'yoy', subject: byText('9 trillion yuan').id });
    expect(byText('9.8 percent').notes?.[0]).toMatchObject({ type: 'implied-prior', currency: 'CNY', year: 2023 });
    expect(byText('US$ 1.9 trillion').notes?.[0]).toMatchObject({ type: 'conversion-check', flagged: false });
  }, 30_000);

  it('defaults to USD, takes a lower-case code, and converts to the currency asked for', async () => {
    const plain = JSON.parse((await scan(['--json', SEED_HTML])).stdout);
    expect(plain.currency).toBe('USD');
    const euro = JSON.parse((await scan(['--json', '--currency=eur', SEED_HTML])).stdout);
    const f = euro.figures.find((g: Figure) => g.text === '14 trillion yuan');
    expect(f.normalized.currency).toBe('EUR');
    expect(f.normalized.value / 1e12).toBeCloseTo(14 / 7.78747, 3);
  }, 30_000);

  it('says when the date is unknown: publishedAt null', async () => {
    const { stdout } = await scan(['--json', '-'], 'Exports rose 7.1 percent last year.');
    expect(JSON.parse(stdout)).toMatchObject({ publishedAt: null });
  }, 30_000);

  it('refuses a currency without an ECB rate', async () => {
    const { code, stderr } = await scan(['--currency', 'TWD', SEED_HTML]);
    expect(code).toBe(2);
    expect(stderr).toContain('--currency needs one of');
    expect(stderr).toContain('(not TWD)');
  }, 30_000);

  it('the table shows the date, the year and role columns, and notes under their figure', async () => {
    const { stdout } = await scan([SEED_HTML]);
    expect(stdout).toContain('published 2025-01-16 (byline)');
    expect(stdout).toMatch(/Percent\s+9\.8%\s+9\.8 percent\s+2024\s+Growth y\/y/);
    expect(stdout).toContain('    → 14 trillion yuan (US$ 1.9 trillion) implies 7.37 CNY per USD');
  }, 30_000);

  it('writes notes in Chinese with --locale zh-CN', async () => {
    const { stdout } = await scan(['--json', '--locale', 'zh-CN', '-'], '据海关统计，今年上半年，我国货物贸易进出口总值20.1万亿元，同比增长2.1%。\n2023-07-13');
    const figures = JSON.parse(stdout).figures as Figure[];
    expect(figures.flatMap((f) => f.notes ?? []).map((n) => n.text)).toContain('“今年”指2023年（文章日期：2023-07-13）。');
  }, 30_000);
});
