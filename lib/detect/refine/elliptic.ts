/**
 * Amounts written without their currency in the breakdown of one that has
 * it: "revenue was 84 billion yuan: taxes 61 billion, fees 15 billion and
 * other income 5 billion", "收入840亿元，其中税收610亿，非税150亿". Only a bare
 * number with a scale word, and only after a word that opens a breakdown:
 * "GDP was 13 trillion yuan, and the population reached 1.4 billion" is no
 * breakdown, and its 1.4 billion stays out.
 *
 * And Chinese amounts whose 元 the press drops after a money noun
 * ("銷貨額達324億"): the lexicon's `moneyWithoutUnit`.
 */
import type { Candidate } from '../candidate';
import { LANG_BIT, moneyWithoutUnit } from '../lexicon';
import { keysInBothScripts } from '../lexicon/script';

const alternatives = (words: readonly string[]) => keysInBothScripts(words).sort((a, b) => b.length - a.length).join('|');
const AFTER_MONEY_NOUN = new RegExp(`(?:${alternatives(moneyWithoutUnit.nouns)})\\s*(?:${alternatives(moneyWithoutUnit.verbs)})?\\s*$`);

/** How far (characters) a breakdown reaches from its total. */
const REACH = 200;
/** Words after an amount that open its breakdown (the checks read the same words: lib/notes/checks/phrases). */
const OPENS = /[:：]|\bof which\b|\bincluding\b|\bcomprising\b|其中|包括/i;
/** The currency does not carry past the end of a sentence. */
const ENDS = /[.。!?！？;；](?:\s|$)|[。！？；]/;

export function carryCurrency(text: string, candidates: Candidate[]): Candidate[] {
  let total: Candidate | undefined;
  let open = false;
  for (const c of candidates) {
    if (c.kind === undefined && c.multiplyExp !== undefined && c.valueMax === undefined && c.langs & LANG_BIT.zh && AFTER_MONEY_NOUN.test(text.slice(Math.max(0, c.start - moneyWithoutUnit.reach), c.start))) {
      c.kind = 'money';
      c.currency = 'CNY';
      c.currencyGeneric = true;
    }
    if (c.kind === 'money' && !c.equivalentOf) {
      total = c;
      open = false;
      continue;
    }
    if (!total || c.start - total.end > REACH) continue;
    const between = text.slice(total.end, c.start);
    if (ENDS.test(between)) {
      total = undefined;
      continue;
    }
    open ||= OPENS.test(between);
    if (!open || c.kind !== undefined || c.multiplyExp === undefined || c.valueMax !== undefined) continue;
    c.kind = 'money';
    c.currency = total.currency;
    c.currencyGeneric = total.currencyGeneric;
  }
  return candidates;
}
