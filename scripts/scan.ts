/**
 * The scan CLI: the figures of files, folders of pages or a pipeline, with
 * the extension's engine. `npm run scan -- --help` for its usage (args.ts).
 *
 * Figures are analysed as in the extension: year, period, money in the reader's
 * currency (default USD), percent roles and notes; the page's publication
 * date comes from its meta tags, JSON-LD, <time> or byline. `npm run scan`
 * runs the bundle vite builds from this file (scripts/scan-cli.mjs), so no
 * TypeScript is compiled at start; the same file is each worker thread's entry.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { parseArgs, USAGE } from './scan/args';
import { baseDir, expandInputs } from './scan/inputs';
import { scanAll, serveScans, type Job } from './scan/jobs';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options === USAGE) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n`);
    return 2;
  }
  const { inputs, skipped, errors } = await expandInputs(options.paths, baseDir(process.env, process.cwd()));
  for (const line of skipped) process.stderr.write(`${line}\n`);
  for (const { name, reason } of errors) process.stderr.write(`scan: cannot read ${name}: ${reason}\n`);
  let failed = errors.length > 0;
  const stdin = inputs.some((i) => i.path === '-') ? await readStdin() : undefined;
  const job: Job = { json: options.json, currency: options.currency, locale: options.locale };
  await scanAll(inputs, job, options.jobs, new URL(import.meta.url), (outcome) => {
    if ('error' in outcome) {
      process.stderr.write(`scan: cannot read ${outcome.name}: ${outcome.error}\n`);
      failed = true;
    } else process.stdout.write(outcome.output);
  }, stdin);
  return failed ? 1 : 0;
}

if (isMainThread) process.exitCode = await main(process.argv.slice(2));
else serveScans(workerData as Job);
