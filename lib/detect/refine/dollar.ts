/** A bare `$` is the page's own dollar on a page from a dollar country other than the US, by the rule in lexicon/symbols.ts. */
import { localDollars } from '../lexicon/symbols';
import type { Candidate } from '../candidate';
import type { PageHint } from './hint';

const { reach, hosts, usCues } = localDollars;
const US = new RegExp(usCues.map((w) => (/^[\w.]+$/.test(w) ? `\\b${w.replace(/\./g, '\\.')}(?![\\w])` : w)).join('|'));
const SUFFIXES = Object.keys(hosts).sort((a, b) => b.length - a.length);

function localDollar(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const h = host.toLowerCase();
  const suffix = SUFFIXES.find((s) => (s.startsWith('.') ? h.endsWith(s) : h === s || h.endsWith(`.${s}`)));
  return suffix && hosts[suffix];
}

export function resolveLocalDollar(text: string, candidates: Candidate[], page: PageHint): Candidate[] {
  const local = localDollar(page.host);
  if (!local) return candidates;
  for (const c of candidates) {
    // Only the family signs ("$", "dollars") yield: "US$", "$US" and "A$" name their dollar.
    if (c.currency !== 'USD' || !c.currencyGeneric) continue;
    const around = text.slice(Math.max(0, c.outerStart - reach), Math.min(text.length, c.end + reach));
    if (!US.test(around)) {
      c.currency = local;
      c.currencyFrom = 'page';
    }
  }
  return candidates;
}
