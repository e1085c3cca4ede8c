// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { EAGER_BUDGET, PaintWindow } from './paint-window';
import { fill } from './fill.test-helper';

interface Item {
  range: Range;
  painted: boolean;
  name: string;
}

/** An IntersectionObserver the test drives, and blocks placed at chosen heights in a 900 px viewport. */
class FakeObserver {
  static last: FakeObserver;
  watched = new Set<Element>();
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(e: Element) {
    this.watched.add(e);
  }
  unobserve(e: Element) {
    this.watched.delete(e);
  }
  disconnect() {
    this.watched.clear();
  }
  cross(target: Element, isIntersecting: boolean) {
    this.callback([{ target, isIntersecting } as IntersectionObserverEntry]);
  }
  /** The report a real observer gives on the frame after blocks are observed: each block's place (within a screenful of a 900 px viewport). */
  report() {
    const entries = [...this.watched].map((target) => {
      const { top, bottom } = target.getBoundingClientRect();
      return { target, isIntersecting: bottom >= -900 && top <= 1800 } as IntersectionObserverEntry;
    });
    this.callback(entries);
  }
}

/** Four blocks of two figures each, after `preload` figures already painted (a long page). */
function setup(keepPainted = false, preload = EAGER_BUDGET) {
  fill(document.body, Array.from({ length: 4 }, (_, i) => `<p id="p${i}">a ${i} percent and b ${i} percent</p>`).join(''));
  const tops = [0, 500, 3000, 9000];
  document.querySelectorAll('p').forEach((p, i) => {
    p.getBoundingClientRect = () => ({ top: tops[i]!, bottom: tops[i]! + 20, width: 600, height: 20 }) as DOMRect;
  });
  const items: Item[] = [...document.querySelectorAll('p')].flatMap((p) =>
    ['a', 'b'].map((word) => {
      const text = p.firstChild as Text;
      const range = document.createRange();
      const at = text.data.indexOf(word);
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      return { range, painted: false, name: `${p.id}${word}` };
    }),
  );
  const log: string[] = [];
  const win = Object.assign(Object.create(window), { IntersectionObserver: FakeObserver, innerHeight: 900 });
  const paintWindow = new PaintWindow<Item>({
    paint: (run) => run.forEach((i) => ((i.painted = true), log.push(`+${i.name}`))),
    erase: (run) => run.forEach((i) => ((i.painted = false), log.push(`-${i.name}`))),
    isPainted: (i) => i.painted,
    keepPainted,
    win,
  });
  const filler = document.createElement('div');
  document.body.append(filler);
  filler.getBoundingClientRect = () => ({ top: 0, bottom: 20, width: 600, height: 20 }) as DOMRect;
  const text = filler.appendChild(document.createTextNode('x'));
  paintWindow.add(
    Array.from({ length: preload }, () => {
      const range = document.createRange();
      range.selectNodeContents(text);
      return { range, painted: false, name: 'filler' };
    }),
  );
  FakeObserver.last.report();
  log.length = 0;
  return { items, log, paintWindow, observer: FakeObserver.last, $: (id: string) => document.getElementById(id)! };
}

beforeEach(() => {
  fill(document.body, '');
});

describe('an ordinary page: everything painted at once', () => {
  it('paints every figure without asking where it is, and keeps it painted when it scrolls away', () => {
    const { items, log, paintWindow, observer, $ } = setup(false, 0);
    $('p3').getBoundingClientRect = () => {
      throw new Error('no layout should be forced');
    };
    paintWindow.add(items);
    expect(log).toHaveLength(8);
    log.length = 0;
    observer.cross($('p0'), false);
    expect(log).toEqual([]);
  });
});

describe('a long page: only what is within a screenful of the viewport', () => {
  it('when the page turns out long, what was painted eagerly far away is taken out', () => {
    const { items, log, paintWindow, observer } = setup(false, 0);
    paintWindow.add(items);
    observer.report();
    log.length = 0;
    const more = Array.from({ length: EAGER_BUDGET }, () => ({ ...items[0]!, painted: false, name: 'more' }));
    paintWindow.add(more);
    expect(log.filter((l) => l.startsWith('-'))).toEqual(['-p2a', '-p2b', '-p3a', '-p3b']);
  });

  it('paints the figures of blocks the observer reports near, in order, watches every block, and forces no layout', () => {
    const { items, log, paintWindow, observer, $ } = setup();
    const place = $('p0').getBoundingClientRect;
    $('p0').getBoundingClientRect = () => {
      throw new Error('no layout should be forced');
    };
    paintWindow.add(items);
    expect(log).toEqual([]);
    $('p0').getBoundingClientRect = place;
    observer.report();
    expect(log).toEqual(['+p0a', '+p0b', '+p1a', '+p1b']);
    expect(observer.watched.size).toBe(5);
  });

  it('a block scrolled near is painted, one scrolled away is erased', () => {
    const { items, log, paintWindow, observer, $ } = setup();
    paintWindow.add(items);
    observer.report();
    log.length = 0;
    observer.cross($('p2'), true);
    observer.cross($('p0'), false);
    observer.cross($('p2'), true);
    expect(log).toEqual(['+p2a', '+p2b', '-p0a', '-p0b']);
  });

  it('the wrapping fallback keeps what it painted when the block leaves', () => {
    const { items, log, paintWindow, observer, $ } = setup(true);
    paintWindow.add(items);
    observer.report();
    log.length = 0;
    observer.cross($('p0'), false);
    expect(log).toEqual([]);
  });

  it('removed figures are erased and their block no longer watched once empty', () => {
    const { items, log, paintWindow, observer, $ } = setup();
    paintWindow.add(items);
    observer.report();
    log.length = 0;
    paintWindow.remove(items.filter((i) => i.name.startsWith('p0') || i.name === 'p3a'));
    expect(log).toEqual(['-p0a', '-p0b']);
    expect(observer.watched.has($('p0'))).toBe(false);
    expect(observer.watched.has($('p3'))).toBe(true);
    observer.cross($('p3'), true);
    expect(log).toEqual(['-p0a', '-p0b', '+p3b']);
  });

  it('items handed over again (all of a page’s figures, some held already) are held and painted once', () => {
    const { items, log, paintWindow, observer, $ } = setup();
    paintWindow.add(items);
    observer.report();
    paintWindow.add([...items, ...items]);
    expect(log).toEqual(['+p0a', '+p0b', '+p1a', '+p1b']);
    observer.cross($('p2'), true);
    observer.cross($('p2'), false);
    expect(log.slice(4)).toEqual(['+p2a', '+p2b', '-p2a', '-p2b']);
  });

  it('clear() stops watching without erasing (the painter erases everything at once)', () => {
    const { items, log, paintWindow, observer } = setup();
    paintWindow.add(items);
    observer.report();
    log.length = 0;
    paintWindow.clear();
    expect(log).toEqual([]);
    expect(observer.watched.size).toBe(0);
    observer.cross(document.getElementById('p2')!, true);
    expect(log).toEqual([]);
  });

  it('without IntersectionObserver everything is painted at once', () => {
    fill(document.body, '<p>5 percent</p>');
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    const item = { range, painted: false, name: 'x' };
    const win = Object.assign(Object.create(window), { IntersectionObserver: undefined });
    new PaintWindow<typeof item>({ paint: (run) => run.forEach((i) => (i.painted = true)), erase: () => undefined, isPainted: (i) => i.painted, keepPainted: false, win }).add([item]);
    expect(item.painted).toBe(true);
  });
});
