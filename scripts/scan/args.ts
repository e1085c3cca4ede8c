/** The scan CLI's command line. */
import { availableParallelism } from 'node:os';
import { convertibleCurrencies, type CurrencyCode } from '@/lib/index';
import { SCANNED_EXTENSIONS } from './inputs';

export const USAGE = `usage: npm run scan -- [--json] [--currency CODE] [--locale TAG] [--jobs N] PATH...
  PATH            a file: .html/.htm is read as a browser shows it (visible text, decoded by
                  its declared charset: UTF-8, GBK, GB18030, Big5…), anything else as plain text;
                  a directory: its ${SCANNED_EXTENSIONS.join(' ')} files, recursively;
                  "-": standard input (HTML if it starts like a page).
                  Relative paths are from the folder you run the command in.
  --json          one JSON line per input (NDJSON):
                  {"source": PATH, "publishedAt": DATE|null, "currency": CODE, "figures": [...]}
  --currency CODE the reader's currency for money (default USD)
  --locale TAG    the language of headers, notes and numbers, e.g. en-US, zh-CN (default en-US)
  --jobs N        worker threads (default: the number of cores)
A file that cannot be read is reported on stderr and the others are still scanned; the exit code is then 1.`;

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export interface Options {
  json: boolean;
  currency: CurrencyCode;
  locale: string;
  jobs: number;
  paths: string[];
}

/** The options, or the text to print instead: USAGE for --help, else what is wrong and USAGE. */
export function parseArgs(argv: readonly string[], cores = availableParallelism()): Options | string {
  const options: Options = { json: false, currency: 'USD', locale: 'en-US', jobs: cores, paths: [] };
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
      if (!tag || !isLanguageTag(tag)) return `--locale needs a language tag such as en-US or zh-CN${tag ? ` (not ${tag})` : ''}\n${USAGE}`;
      options.locale = tag;
    } else if (flag === '--jobs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) return `--jobs needs a whole number of threads, 1 or more\n${USAGE}`;
      options.jobs = n;
    } else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else options.paths.push(arg);
  }
  return options.paths.length > 0 ? options : `no input files\n${USAGE}`;
}
