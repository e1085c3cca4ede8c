/**
 * The scan CLI: the figures of files or a pipeline, with the extension's engine.
 *
 *   npm run scan -- [--json] FILE...     (.html/.htm: visible text; else plain text; "-": stdin)
 *
 * --json prints one line per input: {"source": FILE, "figures": [...]}.
 * A file that cannot be read is reported on stderr, the others are still
 * scanned, and the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import { detectFigures, type Figure } from '@/lib/index';
import { htmlSource, isHtml, textSource, type Source } from './scan/read-source';

const USAGE = `usage: npm run scan -- [--json] FILE...
  FILE   .html/.htm files are read as a browser shows them (visible text);
         other files as plain text; "-" reads standard input.
  --json one JSON line per input: {"source": FILE, "figures": [...]}`;

interface Options {
  json: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Options | string {
  const options: Options = { json: false, files: [] };
  for (const arg of argv) {
    if (arg === '--json') options.json = true;
    else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
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
  figures: Figure[];
}

export function scan(source: Source): ScanResult {
  return { source: source.name, figures: detectFigures(source.text, { lang: source.lang }) };
}

function unitOf(f: Figure): string {
  return f.currency ?? f.unit ?? f.noun ?? '';
}

function table(result: ScanResult): string {
  const rows = result.figures.map((f) => [f.kind, String(f.value) + (f.valueMax !== undefined ? `–${f.valueMax}` : ''), unitOf(f), f.text]);
  const header = ['kind', 'value', 'unit', 'as written'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const title = `${result.source}: ${result.figures.length} figure${result.figures.length === 1 ? '' : 's'}`;
  return [title, line(header), ...rows.map(line)].join('\n') + '\n';
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
    const result = scan(source);
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : table(result));
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
