/**
 * Tables read by their units, in the production build: cells the caption or
 * a header gives a unit are highlighted like any figure, stored by the
 * worker with that unit, and a wrong total row is a flagged check in the
 * popup; a table without a unit gives nothing, and the page's text is not
 * changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type FixtureServer } from './harness';
import { measurePage, readRegistry } from './inpage-helpers';
import { available, BROWSERS, launchBrowser, poll, readStoredTab, type TestBrowser, type TestPage } from './browsers';

const TABLES = 'http://www.lifeofguangzhou.com/fixtures/inpage-tables.html';
const ELSEWHERE = 'http://news.example.test/fixtures/inpage-tables.html';
const CELLS = ['58.5', '61.0', '14.0', '15.0', '5.5', '5.0', '78.0', '84.0', '610.2', '3.1', '150.4', '5.2', '760.6', '3.5'];

const highlighted = () => performance.getEntriesByName('figurelens:highlighted').length > 0;

function checksListed(): string[] {
  return [...document.querySelectorAll('section.checks li')].map((li) => li.textContent ?? '');
}

for (const name of BROWSERS) {
  describe.runIf(available(name))(`tables in ${name}, production build`, () => {
    let server: FixtureServer;
    let browser: TestBrowser;
    let page: TestPage;
    let tabId: number;

    beforeAll(async () => {
      server = await startServer();
      browser = await launchBrowser(name, server);
      page = await browser.newPage();
      await page.goto(TABLES);
      await page.waitFor(highlighted, undefined);
      tabId = await browser.tabIdOf(page);
    }, 90_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('highlights the cells a unit is given for, and none of the table without one', async () => {
      const { texts } = await poll(async () => {
        const now = await page.evaluate(readRegistry, undefined);
        return now.texts.length >= CELLS.length && now;
      }, 'the cells were never all highlighted');
      expect([...texts].sort()).toEqual([...CELLS].sort());
    });

    it('the worker holds each cell with its unit, scale and place', async () => {
      const { figures } = await poll(async () => {
        const now = await readStoredTab(browser, tabId);
        return now.figures.length >= CELLS.length && now;
      }, 'the worker never held the cells');
      const by = (text: string) => figures.find((f) => f.text === text)!;
      expect(by('84.0')).toMatchObject({ kind: 'money', currency: 'CNY', value: 84e9, cell: { row: 3, col: 2, total: 3 } });
      expect(by('610.2')).toMatchObject({ kind: 'money', currency: 'CNY', value: 610.2e8 });
      expect(by('3.1')).toMatchObject({ kind: 'percent', unit: '%' });
      expect(figures.some((f) => f.text === '44.5')).toBe(false);
    });

    it('text and innerText are the same as on a page the extension does not run on', async () => {
      const bare = await browser.newPage();
      await bare.goto(ELSEWHERE);
      const without = await bare.evaluate(measurePage, undefined);
      await bare.close();
      const withIt = await page.evaluate(measurePage, undefined);
      expect(withIt.textContent).toBe(without.textContent);
      expect(withIt.innerText).toBe(without.innerText);
    });

    it('the popup flags the wrong total row under Checks, and not the one that adds up', async () => {
      const popup = await browser.openPopup(tabId);
      const checks = await poll(async () => {
        const now = await popup.evaluate(checksListed, undefined);
        return now.length > 0 && now;
      }, 'the popup never listed a check');
      expect(checks.some((c) => c.includes('the rows sum to 81 billion') && c.includes('84.0'))).toBe(true);
      expect(checks.some((c) => c.includes('78.0'))).toBe(false);
      await popup.close();
    });
  });
}
