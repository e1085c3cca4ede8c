/**
 * The unit a table's caption or header gives its numbers: "(billion yuan)",
 * "单位：亿元", "Growth (%)", "in $m", "（万人）". The detector already knows
 * every currency, scale word, percentage and counted noun, so a unit is read
 * by letting it read "1" written in that unit: one way to know what "亿元"
 * means, wherever it is written.
 */
import type { CurrencyCode, Figure, FigureKind } from '../figure';
import { detectFigures } from '../detect';

export interface TableUnit {
  kind: FigureKind;
  /** Multiplier of the scale word ("billion" → 1e9, "亿" → 1e8), absent when none. */
  scale?: number;
  currency?: CurrencyCode;
  /** The figure's unit as the detector gives it (a percentage's '%', 'pp'…). */
  unit?: Figure['unit'];
  noun?: string;
  /** As written in the header: "billion yuan". */
  text: string;
}

/** Where a header writes its unit: in brackets, after "单位：" / "Unit:", or after "in" ("in $m"). */
const SPOTS: readonly RegExp[] = [
  /[(（]([^()（）]{1,30})[)）]/g,
  /(?:单位|單位|\bunits?)\s*[:：]\s*([^,，;；。()（）]{1,20})/gi,
  /\bin\s+((?:[A-Z]{0,3}[$€£¥]\s?[a-z]{1,8})|(?:[a-z]+\s)?(?:of\s)?[a-zA-Z$€£¥]+(?:\s[a-z]+)?)\s*$/gi,
];

/** "millions of dollars" → "million dollars": the detector reads scale words in the singular. */
function singular(spec: string): string {
  return spec.replace(/\b(thousand|million|billion|trillion)s(?:\s+of)?\b/gi, '$1').trim();
}

/** The unit written as an amount ("HKD 100 million", "100万元"): read as it is, its value is the scale. */
function probes(spec: string): string[] {
  const s = singular(spec);
  if (/\d/.test(s)) return [s];
  const symbol = /^([A-Z]{0,3}[$€£¥])\s*(.*)$/.exec(s);
  if (symbol) {
    const rest = symbol[2]!;
    return [`${symbol[1]}1${rest.length <= 2 ? rest : ` ${rest}`}`];
  }
  return /^[\u3400-\u9fff%％]/u.test(s) ? [`1${s}`] : [`1 ${s}`, `1${s}`];
}

/** The unit written in `spec` alone ("billion yuan", "%", "亿元"), or undefined when it is none the detector reads. */
function readSpec(spec: string): TableUnit | undefined {
  for (const probe of probes(spec)) {
    const found: Figure[] = detectFigures(probe);
    const [f] = found;
    const amount = /\d/.test(spec);
    if (found.length !== 1 || !f || f.text !== probe || (!amount && f.value !== (f.scale ?? 1))) continue;
    if (f.kind === 'count' && !f.noun) continue;
    // Only a round unit ("100 million", "10 thousand"): "500 companies" heads counts, it is not a unit.
    if (amount && (f.kind === 'percent' || f.valueMax !== undefined || !/^10*$/.test(String(f.value / (f.scale ?? 1))))) continue;
    const scale = amount ? f.value : f.scale;
    return {
      kind: f.kind,
      text: spec.trim(),
      ...(scale !== undefined ? { scale } : {}),
      ...(f.currency ? { currency: f.currency } : {}),
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.noun ? { noun: f.noun } : {}),
    };
  }
  return undefined;
}

/**
 * The unit a caption or header cell gives, or undefined when it gives none.
 * `bare`: whether the whole text may be the unit ("亿元" as a column header);
 * a row label is read only where it writes a unit in brackets or after
 * "单位", which keeps a table of 2,000 rows from reading each label twice more.
 */
export function unitOf(header: string, bare = true): TableUnit | undefined {
  for (const spot of SPOTS) {
    for (const m of header.matchAll(spot)) {
      const unit = readSpec(m[1]!);
      if (unit) return unit;
    }
  }
  // A header that is only a unit: "%", "亿元", "US$ million". Not an English count: any short label reads as one
  // ("League results" → 1 League results), where a Chinese measure word (万人, 家) is a unit.
  const whole = bare && header.trim().length <= 16 ? readSpec(header.trim()) : undefined;
  return whole && (whole.kind !== 'count' || /^\p{Script=Han}/u.test(whole.text)) ? whole : undefined;
}
