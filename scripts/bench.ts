/**
 * npm run bench: detectFigures against Microsoft Recognizers-Text and the
 * floor of a bare digit scan, on the same ~2 MB of English and Chinese news
 * text, plus both detectors' F1 on the labelled set. Timings live here, never
 * in unit tests.
 *
 * Recognizers-Text runs a few thousand characters a second, so it is timed
 * on a sample of whole paragraphs (SAMPLE_CHARS per language) and its
 * throughput (chars/s) extrapolated to the corpus. detectFigures and the
 * floor run over the whole corpus, alternately, ROUNDS times; each keeps its
 * best round, by wall clock and by process CPU time (on a shared machine the
 * CPU time is the steadier of the two). Ratios compare best with best.
 * The timed detectFigures is the shipped build (bench/shipped.ts: lib/detect
 * bundled and minified as the extension ships it), in this same process as
 * the floor and Recognizers-Text; the labelled-set scores use the source.
 * Then the scan CLI (bench/cli.ts): start-up and files/s.
 *
 *   npm run bench [-- --jobs N] [--cli]   (--jobs: the CLI's threads, default the cores; --cli: only the CLI)
 */
import { detectFigures } from '../lib/detect';
import type { FigureKind, Lang } from '../lib/figure';
import { availableParallelism } from 'node:os';
import { benchCli } from './bench/cli';
import { buildCorpus, type Corpus } from './bench/corpus';
import { buildDenseCorpus } from './bench/dense';
import { recognize } from './bench/recognizers';
import { shippedDetector } from './bench/shipped';
import { f1, labelled, score, total, type Detector, type Report } from '@/lib/detect/labelled';

const CORPUS_CHARS = 1_050_000; // per language
const SAMPLE_CHARS = 24_000; // per language, for Recognizers-Text
const ROUNDS = 15;
const DENSE_CHARS = 400_000; // per language
const DENSE_SAMPLE_PARAGRAPHS = 40; // per language, for Recognizers-Text

interface Best {
  wall: number;
  cpu: number;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs each contender once per round, in turn, and keeps each one's best wall and CPU time in ms. */
function race(contenders: (() => void)[]): Best[] {
  for (const run of contenders) run(); // warm-up
  const best = contenders.map(() => ({ wall: Infinity, cpu: Infinity }));
  for (let round = 0; round < ROUNDS; round++) {
    contenders.forEach((run, i) => {
      const wall = performance.now();
      const cpu = cpuMs();
      run();
      best[i]!.cpu = Math.min(best[i]!.cpu, cpuMs() - cpu);
      best[i]!.wall = Math.min(best[i]!.wall, performance.now() - wall);
    });
  }
  return best;
}

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0));
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

const corpora: Corpus[] = [buildCorpus('en', CORPUS_CHARS), buildCorpus('zh', CORPUS_CHARS)];
const chars = corpora.reduce((n, c) => n + c.text.length, 0);
const argv = process.argv.slice(2);
const jobs = argv.includes('--jobs') ? Number(argv[argv.indexOf('--jobs') + 1]) : availableParallelism();
if (!Number.isInteger(jobs) || jobs < 1) throw new Error('--jobs needs a whole number of threads, 1 or more');
if (argv.includes('--cli')) {
  benchCli(corpora, jobs);
  process.exit(0);
}
const shipped = await shippedDetector();
console.log(`FigureLens detector benchmark — Node ${process.version}; detectFigures timed as shipped (lib/detect bundled and minified by esbuild)`);
console.log(`corpus: ${corpora.map((c) => `${c.lang} ${c.text.length.toLocaleString('en')} chars in ${c.paragraphs.length.toLocaleString('en')} paragraphs`).join(', ')}; ${chars.toLocaleString('en')} in all\n`);

// ---- throughput ----
let figures = 0;
let digits = 0;
const [detectBest, floorBest] = race([
  () => {
    figures = 0;
    for (const c of corpora) figures += shipped(c.text, { lang: c.lang }).length;
  },
  () => {
    digits = 0;
    for (const c of corpora) {
      const re = /\d+/g;
      while (re.exec(c.text)) digits++;
    }
  },
]) as [Best, Best];
const sample = corpora.map((c) => {
  const paragraphs: string[] = [];
  let size = 0;
  for (const p of c.paragraphs) {
    if (size >= SAMPLE_CHARS) break;
    if (p.trim()) paragraphs.push(p);
    size += p.length;
  }
  return { lang: c.lang, paragraphs, size };
});
recognize(sample[0]!.paragraphs[0]!, 'en');
recognize(sample[1]!.paragraphs[0]!, 'zh');
const sampleChars = sample.reduce((n, s) => n + s.size, 0);
const rtStart = performance.now();
for (const s of sample) for (const p of s.paragraphs) recognize(p, s.lang);
const rtMs = performance.now() - rtStart;

const rt = sampleChars / (rtMs / 1000);
const perSecond = (ms: number) => chars / (ms / 1000);
const row = (name: string, best: Best, note: string) =>
  console.log(`${pad(name, 30)}${lpad(fmt(perSecond(best.wall)), 10)}${lpad(fmt(perSecond(best.cpu)), 10)}${lpad(`${best.wall.toFixed(1)} ms`, 12)}${lpad(`${best.cpu.toFixed(1)} ms`, 12)}   ${note}`);
console.log(`${pad('chars/s (best of ' + ROUNDS + ')', 30)}${lpad('wall', 10)}${lpad('cpu', 10)}${lpad('wall', 12)}${lpad('cpu', 12)}`);
row('digit scan /\\d+/g (floor)', floorBest, `${digits.toLocaleString('en')} digit runs`);
row('detectFigures (shipped build)', detectBest, `${figures.toLocaleString('en')} figures`);
console.log(`${pad('Recognizers-Text (cur+pct+num)', 30)}${lpad(fmt(rt), 10)}${lpad('', 10)}${lpad(`~${(chars / rt).toFixed(0)} s`, 12)}${lpad('', 12)}   measured on ${sampleChars.toLocaleString('en')} chars in ${(rtMs / 1000).toFixed(1)} s, extrapolated`);
console.log(`\ndetectFigures vs Recognizers-Text: ${(perSecond(detectBest.wall) / rt).toFixed(0)}× the throughput by wall clock (goal ≥ 2,000×)`);
console.log(`detectFigures vs digit-scan floor: ${(detectBest.wall / floorBest.wall).toFixed(1)}× the time by wall clock, ${(detectBest.cpu / floorBest.cpu).toFixed(1)}× by CPU time (goal ≤ 10×)\n`);

// ---- the densest text: statistical releases, a figure every few dozen characters ----
const dense: Corpus[] = [buildDenseCorpus('en', DENSE_CHARS), buildDenseCorpus('zh', DENSE_CHARS)];
const denseChars = dense.reduce((n, c) => n + c.text.length, 0);
let denseFigures = 0;
const [denseDetect, denseFloor] = race([
  () => {
    denseFigures = 0;
    for (const c of dense) denseFigures += shipped(c.text, { lang: c.lang }).length;
  },
  () => {
    for (const c of dense) {
      const re = /\d+/g;
      while (re.exec(c.text));
    }
  },
]) as [Best, Best];
const denseRate = denseChars / (denseDetect.wall / 1000);
// Recognizers-Text on a sample of the dense text too: its speed falls with the number of numbers.
const denseSample = dense.flatMap((c) => c.paragraphs.slice(0, DENSE_SAMPLE_PARAGRAPHS).map((p) => [p, c.lang] as const));
const denseRtStart = performance.now();
for (const [p, lang] of denseSample) recognize(p, lang);
const denseRt = denseSample.reduce((n, [p]) => n + p.length, 0) / ((performance.now() - denseRtStart) / 1000);
console.log(`dense corpus: ${denseChars.toLocaleString('en')} chars, ${denseFigures.toLocaleString('en')} figures (one per ${(denseChars / denseFigures).toFixed(1)} chars)`);
row('digit scan /\\d+/g (floor)', denseFloor, 'dense');
row('detectFigures (shipped build)', denseDetect, 'dense');
console.log(`dense: detectFigures vs digit-scan floor ${(denseDetect.wall / denseFloor.wall).toFixed(1)}× by wall clock, ${(denseDetect.cpu / denseFloor.cpu).toFixed(1)}× by CPU time (goal ≤ 10×); vs Recognizers-Text ${(denseRate / denseRt).toFixed(0)}× by wall clock (goal ≥ 2,000×)\n`);

// ---- quality on the labelled set ----
const oursDetector: Detector = (sentence, lang) => detectFigures(sentence, { lang });
const reports: [string, Report][] = [
  ['detectFigures (strict)', score(labelled, oursDetector, 'strict')],
  ['detectFigures (lenient)', score(labelled, oursDetector, 'lenient')],
  ['Recognizers-Text (lenient)', score(labelled, recognize, 'lenient')],
];
const pr = (r: Report, lang: Lang, kinds: FigureKind[]) => {
  const m = f1(total(r.tallies[lang], kinds));
  return `${m.precision.toFixed(3)}/${m.recall.toFixed(3)}/${m.f1.toFixed(3)}`;
};
console.log(`labelled set: ${labelled.filter((l) => l.lang === 'en').length} English and ${labelled.filter((l) => l.lang === 'zh').length} Chinese sentences (working and held-out sets); precision/recall/F1`);
console.log(`strict = exact span, value, currency/unit, hedge, noun and link; lenient = overlapping span, value, currency/unit`);
const columns: [Lang, FigureKind[], string][] = [
  ['en', ['money'], 'en money'],
  ['en', ['percent'], 'en percent'],
  ['zh', ['money'], 'zh money'],
  ['zh', ['percent'], 'zh percent'],
  ['en', ['count'], 'en count'],
  ['zh', ['count'], 'zh count'],
  ['en', ['quantity'], 'en quantity'],
  ['zh', ['quantity'], 'zh quantity'],
];
console.log(pad('', 28) + columns.map(([, , label]) => lpad(label, 19)).join(''));
for (const [name, r] of reports) {
  console.log(pad(name, 28) + columns.map(([lang, kinds]) => lpad(name.startsWith('Recognizers') && (kinds[0] === 'count' || kinds[0] === 'quantity') ? 'n/a' : pr(r, lang, kinds), 19)).join(''));
}
/** Money and percent together, both languages. */
const moneyAndPercent = (r: Report) => f1(['en', 'zh'].map((lang) => total(r.tallies[lang as Lang], ['money', 'percent'])).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }))).f1;
console.log(`\nmoney + percent F1, both languages (lenient): detectFigures ${moneyAndPercent(reports[1]![1]).toFixed(3)}, Recognizers-Text ${moneyAndPercent(reports[2]![1]).toFixed(3)}`);
const errors = reports[0]![1].errors;
if (errors.length) console.log(`\ndetectFigures strict errors:\n${errors.map((e) => `  ${e}`).join('\n')}`);

console.log('');
benchCli(corpora, jobs);
