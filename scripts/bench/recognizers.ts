/**
 * Microsoft Recognizers-Text as the comparison detector, used the way it is
 * meant to be: one call per paragraph and recognizer, in the paragraph's culture.
 */
import { Culture, recognizeCurrency, recognizeNumber, recognizePercentage } from '@microsoft/recognizers-text-suite';
import type { Lang } from '../../lib/figure';
import type { Detected } from '@/lib/detect/labelled';

const CULTURE: Record<Lang, string> = { en: Culture.English, zh: Culture.Chinese };

interface Resolution {
  value?: string;
  isoCurrency?: string;
}

/** Runs all three recognizers (as the bench times them) and keeps money and percentages, the kinds both detectors produce. */
export function recognize(paragraph: string, lang: Lang): Detected[] {
  const culture = CULTURE[lang];
  const out: Detected[] = [];
  for (const r of recognizeCurrency(paragraph, culture)) {
    const res = r.resolution as Resolution | undefined;
    const value = Number(res?.value);
    if (res?.isoCurrency && Number.isFinite(value)) out.push({ start: r.start, end: r.end + 1, kind: 'money', value, currency: res.isoCurrency });
  }
  for (const r of recognizePercentage(paragraph, culture)) {
    const value = parseFloat((r.resolution as Resolution | undefined)?.value ?? '');
    if (Number.isFinite(value)) out.push({ start: r.start, end: r.end + 1, kind: 'percent', value, unit: '%' });
  }
  recognizeNumber(paragraph, culture);
  return out;
}
