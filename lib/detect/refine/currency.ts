/** Decides `¥` between yen and yuan by the rule written in lexicon/symbols.ts. */
import type { Lang } from '../../figure';
import { yenOrYuanCues } from '../lexicon/symbols';
import type { Candidate } from '../candidate';
import { hasHan } from '../chars';
import type { PageHint } from './hint';

const { reach, yen, yuan } = yenOrYuanCues;
const cue = (words: string[]) => words.map((w) => (/^\w+$/.test(w) ? `\\b${w}\\b` : w)).join('|');
const CUES = new RegExp(`(${cue(yen)})|(?:${cue(yuan)})`, 'g');

export function resolveYenOrYuan(text: string, candidates: Candidate[], page: PageHint): Candidate[] {
  const hint = page.lang;
  for (const c of candidates) {
    if (c.currency !== 'JPY|CNY') continue;
    const from = Math.max(0, c.start - reach);
    const around = text.slice(from, Math.min(text.length, c.end + reach));
    let nearest = Infinity;
    let code: 'JPY' | 'CNY' | undefined;
    for (const m of around.matchAll(CUES)) {
      const at = from + m.index;
      // Words inside the figure itself ("¥5 billion yuan") are the strongest cue of all.
      const distance = at >= c.start && at < c.end ? -1 : Math.min(Math.abs(at - c.start), Math.abs(at - c.end));
      if (distance < nearest) {
        nearest = distance;
        code = m[1] !== undefined ? 'JPY' : 'CNY';
      }
    }
    const lang: Lang | 'ja' | undefined = hint?.startsWith('zh') ? 'zh' : hint?.startsWith('ja') ? 'ja' : undefined;
    c.currency = code ?? (lang === 'zh' ? 'CNY' : lang === 'ja' ? 'JPY' : !hint && hasHan(around) ? 'CNY' : 'JPY');
  }
  return candidates;
}
