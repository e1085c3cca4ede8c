import { browserAvailable, CHROMIUM } from './harness';

/**
 * Runs once before the browser tests. Without Chromium they cannot run: in CI
 * that fails the run (never a silent skip); on a developer's machine the
 * suites skip with a warning that says what to install.
 */
export default function checkBrowser(): void {
  if (browserAvailable()) return;
  const what = `Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`${what}: browser tests cannot be skipped in CI`);
  console.warn(`\n*** ${what}: browser tests SKIPPED ***\n`);
}
