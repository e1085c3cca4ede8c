/** A bare `$` is the page's own dollar on a page from a dollar country other than the US, by the rule in lexicon/symbols.ts. */
import { keysInBothScripts } from '../lexicon/script';
import { localDollars } from '../lexicon/symbols';
import { SECTION_EXP, type Candidate } from '../candidate';
import type { PageHint } from './hint';

const { reach, hosts, usCues, topChars, places, writtenYuan, elsewhere } = localDollars;
const US = new RegExp(usCues.map((w) => (/^[\w.]+$/.test(w) ? `\\b${w.replace(/\./g, '\\.')}(?![\\w])` : w)).join('|'));
const SUFFIXES = Object.keys(hosts).sort((a, b) => b.length - a.length);

function localDollar(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase();
  const suffix = SUFFIXES.find((s) => (s.startsWith('.') ? h.endsWith(s) : h === s || h.endsWith(`.${s}`)));
  return suffix && hosts[suffix];
}

const escape = (w: string) => w.replace(/[.()$]/g, '\\$&');
const PLACE = Object.entries(places).map(([code, words]) => ({ code, re: new RegExp(keysInBothScripts(words).map(escape).join('|'), 'g') }));
const ELSEWHERE = new RegExp(keysInBothScripts(elsewhere).map(escape).join('|'), 'g');
const countOf = (re: RegExp, s: string) => s.match(re)?.length ?? 0;

/** The dollar the top of the page names as its own, by the rule in lexicon/symbols.ts. */
function topPlace(text: string): string | undefined {
  const top = text.slice(0, topChars);
  let best: string | undefined;
  let most = countOf(ELSEWHERE, top);
  for (const { code, re } of PLACE) {
    const n = countOf(re, top);
    if (n > most) {
      most = n;
      best = code;
    }
  }
  return best;
}

/** 元 written as the unit ("373億元"), or left out after a money noun ("銷貨額達324億", elliptic.ts); not ¥. */
function isYuanWord(text: string, c: Candidate): boolean {
  const last = text.charCodeAt(c.end - 1);
  return last === YUAN || (SECTION_EXP.has(last) && !YEN_SIGNS.has(text.charCodeAt(c.start)));
}
const YUAN = '元'.charCodeAt(0);
const YEN_SIGNS = new Set([...'¥￥'].map((ch) => ch.charCodeAt(0)));

export function resolveLocalDollar(text: string, candidates: Candidate[], page: PageHint): Candidate[] {
  if (!candidates.some((c) => c.currencyGeneric && (c.currency === 'USD' || c.currency === 'CNY'))) return candidates;
  // Read per batch: 800 characters, only in batches with a family sign.
  const local = localDollar(page.host) ?? topPlace(text);
  if (!local) return candidates;
  for (const c of candidates) {
    // Only the family signs ("$", "dollars", "元") yield: "US$", "$US", "A$" and "人民币" name their currency.
    if (!c.currencyGeneric || !(c.currency === 'USD' || (c.currency === 'CNY' && writtenYuan.includes(local) && isYuanWord(text, c)))) continue;
    const around = text.slice(Math.max(0, c.outerStart - reach), Math.min(text.length, c.end + reach));
    if (!US.test(around)) {
      c.currency = local;
      c.currencyFrom = 'page';
    }
  }
  return candidates;
}
