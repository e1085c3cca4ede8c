/**
 * A headline names a figure the body tells again, with its time: "Housing
 * sales fall 36% in Shanghai" above "…fell 36.5 percent year-on-year … in
 * June", "China's May industrial profits jump 21.1 percent y/y" above
 * "Profits … in May rose 21.1 percent". A figure of the text's first line
 * whose own words name no time takes the time of the first later figure
 * of the same kind and unit that it rounds (the headline rounds, the body
 * does not).
 */
import type { Figure } from '../figure';
import type { FigureTime } from './time';

/** Decimals written in a figure's number ("36.5 percent" → 1, "七二九．二億" → 1, "半碼" → 0). */
function decimalsOf(text: string): number {
  const m = /[.．點点](\d+|[〇零一二三四五六七八九]+)/.exec(text);
  return m ? m[1]!.length : 0;
}

function sameMeasure(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'percent') return (a.unit ?? '%') === (b.unit ?? '%');
  if (a.kind === 'money') return a.currency === b.currency;
  return true;
}

/** Whether `body` is the headline's figure told exactly: the headline's value is the body's, cut or rounded to the headline's digits. */
function retells(headline: Figure, body: Figure): boolean {
  if (!sameMeasure(headline, body) || headline.valueMax !== undefined || body.valueMax !== undefined) return false;
  const scale = headline.scale ?? 1;
  const unit = 10 ** -decimalsOf(headline.text) * scale;
  return Math.abs(headline.value - body.value) < unit - 1e-9 * scale && Math.sign(headline.value) === Math.sign(body.value);
}

/**
 * The headline figures (text's first line, no time word of their own) with the year and period of the body
 * figure they retell; `out` holds the normalized figures in page order, `timeOf` what their words said.
 */
export function headlineTimes(out: readonly Figure[], timeOf: (f: Figure) => FigureTime | undefined): void {
  const headline = out.filter((f) => f.start === f.sentenceOffset && !f.sentence.slice(0, f.sentenceOffset).includes('\n'));
  if (headline.length === 0) return;
  const end = headline[0]!.sentence.length;
  const body = out.filter((f) => f.start - f.sentenceOffset >= end);
  for (const h of headline) {
    const time = timeOf(h);
    if (!time || h.equivalentOf || (time.from === 'text' && time.year !== undefined) || time.periodFrom === 'text') continue;
    const told = body.find((b) => !b.equivalentOf && retells(h, b));
    if (!told || (told.year === undefined && !told.period)) continue;
    if (told.year !== undefined) h.year = told.year;
    else delete h.year;
    if (told.period) h.period = told.period;
    else delete h.period;
    if (told.monthsUnknown) h.monthsUnknown = true;
    else delete h.monthsUnknown;
  }
}
