/**
 * Rebuilding input from outside (messages from the page's content script, a
 * tab's commands): each helper takes an unknown and gives the typed value or
 * throws Invalid with the field's name; `validate` turns that into a result.
 */
/** The result of checking input from outside: the rebuilt value (with what was dropped from it), or why it was refused. */
export type Validation<T> = { ok: true; value: T; dropped?: string[] } | { ok: false; reason: string };

export class Invalid extends Error {}

export function fail(reason: string): never {
  throw new Invalid(reason);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string') fail(`${field} is not a string`);
  if (v.length > max) fail(`${field} is longer than ${max}`);
  return v;
}

export function optStr(v: unknown, field: string, max: number): string | undefined {
  return v === undefined ? undefined : str(v, field, max);
}

export function num(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${field} is not a finite number`);
  return v;
}

export function int(v: unknown, field: string, min: number): number {
  const n = num(v, field);
  if (!Number.isInteger(n) || n < min) fail(`${field} is not an integer ≥ ${min}`);
  return n;
}

export function oneOf<T extends string>(v: unknown, field: string, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) fail(`${field} is not one of ${allowed.join(', ')}`);
  return v as T;
}

export function validate<T>(build: () => T): Validation<T> {
  try {
    return { ok: true, value: build() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    return { ok: false, reason: `unexpected: ${String(error)}` };
  }
}
