/**
 * The phrase tables by language, and the one way rules read a sentence:
 * Chinese text is folded to simplified characters first (zh-Hant.ts), so
 * the zh-Hans table serves both scripts with the sentence's own offsets.
 */
import type { Lang } from '../../figure';
import { en } from './en';
import { zhHans } from './zh-Hans';
import { foldTraditional } from './zh-Hant';
import type { LanguagePhrases } from './types';

export const PHRASES: Record<Lang, LanguagePhrases> = { en, zh: zhHans };

/** The sentence as the tables of `lang` read it (same length, same offsets). */
export function readable(sentence: string, lang: Lang): string {
  return lang === 'zh' ? foldTraditional(sentence) : sentence;
}

export type { Cue, CueRole, LanguagePhrases, Metric, PercentPhrases, SharePhrases, StreakPhrase, TimeMeaning, TimePhrases } from './types';
export { smallNumber } from './numbers';
