/**
 * The scan CLI's table: one row per figure in the words of the extension's
 * UI (its messages.json, so "Growth y/y" / "增长 同比" read as in the popup),
 * numbers and money through Intl in the --locale, columns aligned by display
 * width so Chinese text lines up, and the notes under their figure.
 */
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';
import { messagesFrom, type I18n } from '@/components/i18n';
import { convertedAmount, kindLabel, periodLabel, rateLine, roleLabel } from '@/components/figure-text';
import { formatMoney, formatNumber, formatPercent, textFormat } from '@/lib/format';
import type { Figure } from '@/lib/figure';
import type { ScanResult } from './scan-page';
import { displayWidth, padToWidth } from './width';

/** The CLI's own words; the figure's words come from the extension's messages. */
const WORDS = {
  kind: { en: () => 'Kind', zh: () => '类型' },
  hedge: { en: () => 'Hedge', zh: () => '限定' },
  written: { en: () => 'As written', zh: () => '原文' },
  converted: { en: (c: string) => `In ${c}`, zh: (c: string) => `折合${c}` },
  figures: { en: (n: number) => `${n} figure${n === 1 ? '' : 's'}`, zh: (n: number) => `${n}个数字` },
  published: { en: (d: string) => `published ${d}`, zh: (d: string) => `发布于 ${d}` },
  unknownDate: { en: () => 'published: unknown', zh: () => '发布日期：未知' },
};

export function i18nFor(locale: string): I18n {
  return { t: messagesFrom(textFormat(locale).lang === 'zh' ? zh : en), lang: locale, numberLocale: locale };
}

/** The figure's value as written, cleaned: "9 trillion CNY" → "CN¥9 trillion", "9.8 percent" → "9.8%". */
function valueText({ t, numberLocale: locale }: I18n, f: Figure): string {
  const one = (v: number): string => {
    if (f.kind === 'money') return f.currency ? formatMoney(v, f.currency, locale) : formatNumber(v, locale);
    if (f.kind === 'percent' && f.unit === 'pp') return t('card_points', formatNumber(v, locale));
    if (f.kind === 'percent' && f.unit === 'bp') return t('card_basis_points', formatNumber(v, locale));
    if (f.kind === 'percent') return formatPercent(v, locale, 2);
    return formatNumber(v, locale) + (f.noun ? ` ${f.noun}` : '');
  };
  return one(f.value) + (f.valueMax !== undefined ? `–${one(f.valueMax)}` : '');
}

function row(i18n: I18n, f: Figure): string[] {
  const converted = convertedAmount(i18n, f);
  const money = converted ?? (f.unconverted ? i18n.t('common_unconverted', f.unconverted) : '');
  // A figure already in the reader's currency has no rate worth a column ("1 USD = 1 USD").
  const rate = converted ? (rateLine(i18n, f) ?? '') : '';
  return [kindLabel(i18n, f), valueText(i18n, f), f.hedge?.text ?? '', f.text, periodLabel(i18n, f), roleLabel(i18n, f) ?? '', money, rate];
}

/** Rows of cells as lines, each column as wide as its widest cell in terminal columns. */
export function alignColumns(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const cells of rows) cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((cells) => cells.map((c, i) => padToWidth(c, widths[i]!)).join('  ').trimEnd());
}

export function renderTable(result: ScanResult, locale: string): string {
  const i18n = i18nFor(locale);
  const lang = textFormat(locale).lang;
  const { t } = i18n;
  const header = [WORDS.kind[lang](), t('card_value'), WORDS.hedge[lang](), WORDS.written[lang](), t('card_year'), t('card_role'), WORDS.converted[lang](result.currency), t('card_rate')];
  const lines = alignColumns([header, ...result.figures.map((f) => row(i18n, f))]);
  const body = result.figures.flatMap((f, i) => [lines[i + 1]!, ...(f.notes ?? []).map((n) => `    ${n.flagged ? '! ' : '→ '}${n.text}`)]);
  const dated = result.publishedAt ? `${WORDS.published[lang](result.publishedAt)} (${result.publishedFrom})` : WORDS.unknownDate[lang]();
  return [`${result.source}: ${WORDS.figures[lang](result.figures.length)}`, dated, lines[0]!, ...body].join('\n') + '\n';
}
