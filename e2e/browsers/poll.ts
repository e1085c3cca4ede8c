/** Resolves with `check()`'s first truthy value, polling for up to `timeoutMs`. */
export async function poll<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, failure: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(failure);
    await new Promise((r) => setTimeout(r, 100));
  }
}
