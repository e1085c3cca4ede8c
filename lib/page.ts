import type { Lang } from './figure';

const HAN = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

/**
 * The page's language: the declared `lang` when it names one we have a
 * lexicon for, else the script that dominates a sample of the text (Chinese
 * sites often declare nothing, or "en" on a Chinese page).
 */
export function pageLang(declared: string | null | undefined, text: string): Lang {
  const tag = (declared ?? '').toLowerCase();
  if (tag.startsWith('zh')) return 'zh';
  const sample = text.slice(0, 20_000);
  const han = sample.match(HAN)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  // A Han character carries about as much text as a 3-letter word.
  if (han * 3 > latin) return 'zh';
  return 'en';
}
