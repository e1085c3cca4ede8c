import { browserAvailable, CHROMIUM } from './harness';
import { FIREFOX, firefoxAvailable } from './browsers/firefox';

/**
 * Runs once before the browser tests. Without a browser they cannot run: in
 * CI that fails the run (never a silent skip); on a developer's machine that
 * browser's suites skip with a warning that says what to install.
 */
export default function checkBrowsers(): void {
  const missing = [
    ...(browserAvailable() ? [] : [`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`]),
    ...(firefoxAvailable() ? [] : [`Firefox not found at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`]),
  ];
  for (const what of missing) {
    if (process.env.CI) throw new Error(`${what}: browser tests cannot be skipped in CI`);
    console.warn(`\n*** ${what}: its browser tests SKIPPED ***\n`);
  }
}
