/** The result of checking input from outside: the rebuilt value (with what was dropped from it), or why it was refused. */
export type Validation<T> = { ok: true; value: T; dropped?: string[] } | { ok: false; reason: string };
