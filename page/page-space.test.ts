// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageSpace, type RegionList } from './page-space';
import { fill } from './fill.test-helper';

function elements(n: number): Element[] {
  return Array.from({ length: n }, () => document.createElement('p'));
}

describe('the page space', () => {
  it('a full read occupies [0, length), ids f<start>; a block read again that fits goes back to its place', () => {
    const space = new PageSpace();
    const [body, a, b] = elements(3) as [Element, Element, Element];
    const whole: RegionList = [[a, 0, 10], [b, 11, 30], [body, 0, 30]];
    expect(space.whole(body, 30, whole)).toEqual({ base: 0, idBase: 0 });
    // Shorter: same place; the room stays for it to grow back into.
    expect(space.part(b, 12, [[b, 0, 12]]).base).toBe(11);
    expect(space.part(b, 19, [[b, 0, 19]]).base).toBe(11);
  });

  it('a block that grew, or one never read, goes after everything; no two stretches overlap', () => {
    const space = new PageSpace();
    const [body, a, added] = elements(3) as [Element, Element, Element];
    space.whole(body, 30, [[a, 0, 10]]);
    const grown = space.part(a, 11, [[a, 0, 11]]);
    expect(grown.base).toBe(31);
    const fresh = space.part(added, 5, []);
    expect(fresh.base).toBe(43);
    // The grown block now lives in its new stretch.
    expect(space.part(a, 11, []).base).toBe(31);
  });

  it('ids never repeat on a page, even when the offsets start over', () => {
    const space = new PageSpace();
    const [body, a] = elements(2) as [Element, Element];
    const first = space.whole(body, 30, []);
    const part = space.part(a, 5, []);
    const again = space.whole(body, 30, []);
    expect(again.base).toBe(0);
    const stretches = [first, part, again].map((p, i) => [p.idBase, p.idBase + [30, 5, 30][i]!]);
    for (let i = 1; i < stretches.length; i++) expect(stretches[i]![0]).toBeGreaterThan(stretches[i - 1]![1]!);
    space.reset();
    expect(space.whole(body, 30, []).idBase).toBe(0);
  });

  it('a subtree that left the page loses its regions: put back elsewhere, it is not read into its old place', () => {
    const space = new PageSpace();
    const body = document.createElement('div');
    fill(body, '<section><p>x</p></section>');
    const section = body.firstElementChild!;
    const p = section.firstElementChild!;
    space.whole(body, 30, [[section, 0, 20], [p, 0, 10]]);
    space.forgetUnder(section);
    expect(space.part(p, 5, []).base).toBe(31);
  });
});
