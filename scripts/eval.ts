/**
 * npm run eval [-- --verbose] [--json] [--pages FILE]: FigureLens against the
 * real pages of data/real-pages/, labelled blind (see that folder's README).
 * Prints per script the detection and meaning scores; --verbose lists every
 * failure, --json prints the totals as one JSON line, --pages scores only the
 * slugs listed in FILE (one per line; e.g. a batch labelled after the fixes,
 * to see how they hold on pages nobody tuned against).
 */
import { readFileSync } from 'node:fs';
import { loadCorpus } from './eval/gold';
import { readPage } from './eval/read';
import { formatReport, totals } from './eval/report';
import { scorePage } from './eval/score';

export function evaluate(only?: ReadonlySet<string>) {
  // A list may name a page by its slug ("en/x") or its file name alone ("x").
  const corpus = loadCorpus().filter((p) => !only || only.has(p.slug) || only.has(p.slug.split('/')[1]!));
  const scripts = new Map(corpus.map((p) => [p.slug, p.gold.script]));
  const scores = corpus.map((p) => scorePage(p, readPage(p.slug, p.text)));
  const pages = new Map<string, number>([['all', corpus.length]]);
  for (const s of scripts.values()) pages.set(s, (pages.get(s) ?? 0) + 1);
  return { scores, by: totals(scores, (slug) => scripts.get(slug)!), pages };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const listed = process.argv.indexOf('--pages');
  const only = listed > 0 ? new Set(readFileSync(process.argv[listed + 1] ?? '', 'utf8').split(/\s+/).filter(Boolean)) : undefined;
  const { scores, by, pages } = evaluate(only);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(Object.fromEntries(by))}\n`);
  else {
    if (process.argv.includes('--verbose')) for (const s of scores) for (const line of s.failures) process.stdout.write(`${line}\n`);
    process.stdout.write(formatReport(by, pages));
  }
}
