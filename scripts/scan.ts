/**
 * The scan CLI: the figures of files or a pipeline, with the extension's engine.
 *
 *   npm run scan -- [--json] [--currency CODE] [--locale TAG] FILE...
 *                                        (.html/.htm: visible text; else plain text; "-": stdin)
 *
 * Figures are analysed as in the extension: year, period, money in the reader's
 * currency (default USD), percent roles and notes; the page's publication
 * date comes from its meta tags, JSON-LD, <time> or byline.
 * --json prints one line per input: {"source": FILE, "publishedAt": DATE|null, "currency": CODE, "figures": [...]}.
 * A file that cannot be read is reported on stderr, the others are still
 * scanned, and the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import { BYLINE_TEXT_CHARS, collectPublishedCandidates } from '@/dom/published';
import {
  analyzePage,
  convertibleCurrencies,
  detectFigures,
  findPublishedDate,
  formatMoney,
  readTimeMarks,
  type CurrencyCode,
  type Figure,
  type PageInfo,
} from '@/lib/index';
import { htmlSource, isHtml, textSource, type Source } from './scan/read-source';

const USAGE = `usage: npm run scan -- [--json] [--currency CODE] [--locale TAG] FILE...
  FILE            .html/.htm files are read as a browser shows them (visible text);
                  other files as plain text; "-" reads standard input.
  --json          one JSON line per input: {"source": FILE, "publishedAt": DATE|null, "currency": CODE, "figures": [...]}
  --currency CODE the reader's currency for money (default USD)
  --locale TAG    the language of notes and numbers, e.g. en-US, zh-CN (default en-US)`;

interface Options {
  json: boolean;
  currency: CurrencyCode;
  locale: string;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, currency: 'USD', locale: 'en-US', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s) as [string, string?]) : [arg];
    const value = () => inline ?? argv[++i];
    if (arg === '--json') options.json = true;
    else if (arg === '-h' || arg === '--help') return USAGE;
    else if (flag === '--currency') {
      const code = value()?.toUpperCase();
      if (!code || !convertibleCurrencies().includes(code)) {
        return `--currency needs one of ${convertibleCurrencies().join(' ')}${code ? ` (not ${code})` : ''}\n${USAGE}`;
      }
      options.currency = code;
    } else if (flag === '--locale') {
      const tag = value();
      if (!tag) return `--locale needs a language tag\n${USAGE}`;
      options.locale = tag;
    } else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else options.files.push(arg);
  }
  return options.files.length > 0 ? options : `no input files\n${USAGE}`;
}

async function readInput(name: string): Promise<string> {
  if (name !== '-') return readFile(name, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function load(name: string): Promise<Source> {
  const content = await readInput(name);
  return isHtml(name) ? htmlSource(name, content) : textSource(name, content);
}

export interface ScanResult {
  source: string;
  /** "YYYY-MM-DD", or null when the page does not say (never today's date). */
  publishedAt: string | null;
  publishedFrom?: PageInfo['publishedFrom'];
  /** The reader's currency the money figures are normalized to. */
  currency: CurrencyCode;
  figures: Figure[];
}

export function scan(source: Source, options: Pick<Options, 'currency' | 'locale'> = { currency: 'USD', locale: 'en-US' }): ScanResult {
  const candidates = source.document
    ? collectPublishedCandidates(source.document, source.text)
    : { meta: [], jsonLd: [], times: [], text: source.text.slice(0, BYLINE_TEXT_CHARS) };
  const published = findPublishedDate(candidates);
  const page: PageInfo = { url: source.name, title: source.title, lang: source.lang };
  if (published) Object.assign(page, { publishedAt: published.date, publishedFrom: published.from });
  // Headings and sentences without figures set the time of the figures after them.
  const marks = readTimeMarks(source.text, source.lang);
  if (marks.length > 0) page.marks = marks;
  const detected = detectFigures(source.text, { lang: source.lang });
  const figures = analyzePage(page, detected, { readerCurrency: options.currency, locale: options.locale });
  return {
    source: source.name,
    publishedAt: published?.date ?? null,
    ...(published ? { publishedFrom: published.from } : {}),
    currency: options.currency,
    figures,
  };
}

function unitOf(f: Figure): string {
  return f.currency ?? f.unit ?? f.noun ?? '';
}

function table(result: ScanResult, locale: string): string {
  const inReader = (f: Figure) =>
    f.normalized ? formatMoney(f.normalized.value, f.normalized.currency, locale) : f.unconverted ? `(${f.unconverted})` : '';
  const figures = result.figures;
  const rows = figures.map((f) => [
    f.kind,
    String(f.value) + (f.valueMax !== undefined ? `–${f.valueMax}` : ''),
    unitOf(f),
    f.text,
    f.period?.label ?? (f.year !== undefined ? String(f.year) : ''),
    [f.role, f.basis].filter(Boolean).join(' '),
    inReader(f),
  ]);
  const header = ['kind', 'value', 'unit', 'as written', 'when', 'role', `in ${result.currency}`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const title = `${result.source}: ${figures.length} figure${figures.length === 1 ? '' : 's'}`;
  const dated = result.publishedAt ? `published ${result.publishedAt} (${result.publishedFrom})` : 'published: unknown';
  const body = rows.flatMap((row, i) => [line(row), ...(figures[i]!.notes ?? []).map((n) => `    ${n.flagged ? '! ' : '→ '}${n.text}`)]);
  return [title, dated, line(header), ...body].join('\n') + '\n';
}

export async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return options === USAGE ? 0 : 2;
  }
  let failed = false;
  for (const name of options.files) {
    let source: Source;
    try {
      source = await load(name);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      process.stderr.write(`scan: cannot read ${name}: ${reason}\n`);
      failed = true;
      continue;
    }
    const result = scan(source, options);
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : table(result, options.locale));
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
