/** The scan CLI reads an HTML file's tables as the extension does: cells with a unit are figures, a wrong total is flagged. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlSource } from './read-source';
import { scan } from './scan-page';
import { ROOT } from './run-scan';

const FIXTURE = join(ROOT, 'e2e/pages/inpage-tables.html');

describe("an HTML file's tables in the scan", () => {
  it('gives the cells a unit is given for as figures, with their period, and none of the table without one', async () => {
    const { figures } = scan(await htmlSource(FIXTURE, readFileSync(FIXTURE, 'utf8')));
    const cells = figures.filter((f) => f.cell);
    expect(cells.map((f) => f.text)).toEqual(['58.5', '61.0', '14.0', '15.0', '5.5', '5.0', '78.0', '84.0', '610.2', '3.1', '150.4', '5.2', '760.6', '3.5']);
    expect(figures.some((f) => f.text === '44.5')).toBe(false);
    const by = (text: string) => figures.find((f) => f.text === text)!;
    expect([by('61.0').value, by('61.0').currency, by('61.0').year]).toEqual([61e9, 'CNY', 2025]);
    expect([by('610.2').value, by('610.2').period?.fromMonth, by('610.2').period?.toMonth]).toEqual([610.2e8, 1, 9]);
    expect(by('3.1')).toMatchObject({ kind: 'percent', role: 'growth' });
  });

  it('flags the total row the rows do not reach, and only that one', async () => {
    const { figures } = scan(await htmlSource(FIXTURE, readFileSync(FIXTURE, 'utf8')));
    const flagged = figures.filter((f) => f.notes?.some((n) => n.flagged));
    expect(flagged.map((f) => f.text)).toEqual(['61.0', '15.0', '5.0', '84.0']);
  });
});
