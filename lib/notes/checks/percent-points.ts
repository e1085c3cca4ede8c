/**
 * percent-points: a change between two rates, called "percent" where it is
 * points or the reverse. "The rate fell from 6.1 percent to 5.7 percent, a
 * drop of 0.4 percent" → 0.4 percentage points, a 6.6% drop. A change that
 * matches neither reading is flagged too; one that matches the unit it is
 * written in checks out.
 */
import type { Figure } from '../../figure';
import type { Texts } from '../../format';
import type { NoteRule } from '../context';
import { percent } from '../text';
import { endsWithChange } from './phrases';
import { levelsOf, onEach, plain, speaksOf, textBefore, verdict } from './shared';
import { rangeOf, written, type Interval } from './tolerance';

type Ctx = Parameters<NoteRule>[0];

type Finding = 'checks' | 'points-as-percent' | 'percent-as-points' | 'neither';

interface Args {
  from: string;
  to: string;
  points: string;
  relative: string;
  down: boolean;
  stated: string;
  finding: Finding;
}

const EN_END: Record<Finding, (a: Args) => string> = {
  checks: (a) => `, which checks out against ${a.stated}.`,
  'points-as-percent': (a) => `: "${a.stated}" is the change in points, not in percent.`,
  'percent-as-points': (a) => `: "${a.stated}" is the change in percent, not in points.`,
  neither: (a) => `: "${a.stated}" matches neither.`,
};
const ZH_END: Record<Finding, (a: Args) => string> = {
  checks: (a) => `，与${a.stated}相符。`,
  'points-as-percent': (a) => `：“${a.stated}”是百分点的变化，不是百分比。`,
  'percent-as-points': (a) => `：“${a.stated}”是百分比的变化，不是百分点。`,
  neither: (a) => `：“${a.stated}”与两者都不符。`,
};

const TEXTS: Texts<Args> = {
  en: (a) => `From ${a.from} to ${a.to} is ${a.points} percentage points (a ${a.relative} ${a.down ? 'drop' : 'rise'})` + EN_END[a.finding](a),
  zh: (a) => `从${a.from}到${a.to}是${a.points}个百分点（${a.down ? '降幅' : '增幅'}${a.relative}）` + ZH_END[a.finding](a),
};

/** The change as written, in its own unit and without its sign: "40 basis points" → 0.4 points. */
function statedChange(f: Figure): Interval {
  const iv = written(f, Math.abs(f.value));
  return f.unit === 'bp' ? { lo: iv.lo / 100, hi: iv.hi / 100 } : iv;
}

function* check(ctx: Ctx, f: Figure) {
  const { fmt } = ctx;
  const sentence = ctx.sameSentence(f);
  for (const levels of levelsOf(sentence, (g) => g.kind === 'percent' && g.unit === '%' && g.value !== 0)) {
    // The change itself may be the nearest "to" level ("from 4.9 percent to 5 percent"): then it is a level, not the change.
    if (levels.from === f || levels.to === f || !speaksOf(sentence, f, levels)) continue;
    const { from, to } = levels;
    const range = [written(from), written(to)];
    const points = verdict(statedChange(f), rangeOf((a, b) => Math.abs(b - a), range));
    const relative = verdict(statedChange(f), rangeOf((a, b) => Math.abs(b / a - 1) * 100, range));
    const inPoints = f.unit !== '%';
    const right = inPoints ? points : relative;
    const other = inPoints ? relative : points;
    const finding: Finding = !right.flagged ? 'checks' : !other.flagged ? (inPoints ? 'percent-as-points' : 'points-as-percent') : 'neither';
    const text = TEXTS[fmt.lang]({
      from: from.text,
      to: to.text,
      points: String(Number(Math.abs(to.value - from.value).toFixed(4))),
      relative: percent(Math.abs(to.value / from.value - 1) * 100, fmt, 1),
      down: to.value < from.value,
      stated: f.text,
      finding,
    });
    yield* onEach('percent-points', [from, to, f].sort((a, b) => a.start - b.start), text, finding !== 'checks', { value: to.value - from.value });
    return;
  }
}

export const percentPoints: NoteRule = function* (ctx) {
  for (const f of ctx.figures) {
    // A change in points, or a percentage after a change word: "widened 3.2% to 41.7% from 38.5%" reads 3.2% as a level, and
    // "…上修至百分之十二點六八，推升全年經濟成長率達百分之八點六三" has a level where a change could be.
    if (f.kind !== 'percent' || !plain(f) || f.role === 'share' || f.role === 'target') continue;
    if (f.unit !== '%' || endsWithChange[f.lang].test(textBefore(f, ctx.sameSentence(f)))) yield* check(ctx, f);
  }
};
