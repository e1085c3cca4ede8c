// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPainter, hasHighlightApi } from './painter';
import { buildTextModel, rangeFor } from './text-model';
import { fill } from './fill.test-helper';

/** The Custom Highlight API as the spec shapes it: a Highlight is a set of ranges, the registry a map. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

function withHighlightApi(): Window & typeof globalThis {
  const registry = new Map<string, FakeHighlight>();
  return Object.assign(Object.create(window), {
    CSS: { highlights: registry },
    Highlight: FakeHighlight,
  }) as unknown as Window & typeof globalThis;
}

function ranges(html: string, ...needles: string[]): Range[] {
  fill(document.body, html);
  const model = buildTextModel(document.body);
  return needles.map((n) => rangeFor(model, model.text.indexOf(n), model.text.indexOf(n) + n.length)!);
}

beforeEach(() => {
  fill(document.body, '');
});

describe('with the Custom Highlight API', () => {
  it('puts one range per figure in one highlight per kind, and the DOM is untouched', () => {
    const win = withHighlightApi();
    expect(hasHighlightApi(win)).toBe(true);
    const painter = createPainter(win);
    expect(painter.touchesDom).toBe(false);
    const [a, b, c] = ranges('<p>up <b>6.4</b> percent to 9 trillion yuan and 5 percent</p>', '6.4 percent', '9 trillion yuan', '5 percent');
    const html = document.body.innerHTML;
    painter.paint([
      { kind: 'percent', range: a! },
      { kind: 'money', range: b! },
      { kind: 'percent', range: c! },
    ]);
    const registry = win.CSS.highlights as unknown as Map<string, FakeHighlight>;
    expect([...registry.keys()].sort()).toEqual(['figurelens-money', 'figurelens-percent']);
    expect([...registry.get('figurelens-percent')!]).toEqual([a, c]);
    expect(document.body.innerHTML).toBe(html);

    painter.erase(a!);
    expect([...registry.get('figurelens-percent')!]).toEqual([c]);
  });

  it('the focus is its own highlight above the kinds, holding one range at most', () => {
    const win = withHighlightApi();
    const painter = createPainter(win);
    const [a, b] = ranges('<p>5 percent and 6 percent</p>', '5 percent', '6 percent');
    const [pa, pb] = painter.paint([
      { kind: 'percent', range: a! },
      { kind: 'percent', range: b! },
    ]);
    painter.focus(pa!);
    painter.focus(pb!);
    const focus = (win.CSS.highlights as unknown as Map<string, FakeHighlight>).get('figurelens-focus')!;
    expect(focus.priority).toBe(1);
    expect([...focus]).toEqual([b]);
    painter.erase(b!);
    expect(focus.size).toBe(0);
    expect((win.CSS.highlights as unknown as Map<string, FakeHighlight>).has('figurelens-focus')).toBe(false);
  });

  it('eraseAll leaves nothing in the registry, and never a highlight the page registered', () => {
    const win = withHighlightApi();
    const registry = win.CSS.highlights as unknown as Map<string, FakeHighlight>;
    registry.set('page-search', new FakeHighlight());
    const painter = createPainter(win);
    const [a] = ranges('<p>5 percent</p>', '5 percent');
    painter.focus(painter.paint([{ kind: 'percent', range: a! }])[0]!);
    painter.eraseAll();
    expect([...registry.keys()]).toEqual(['page-search']);
  });
});

describe('without it: wrapping', () => {
  it('happy-dom has no CSS.highlights, so the fallback is chosen', () => {
    expect(hasHighlightApi(window as Window & typeof globalThis)).toBe(false);
    expect(createPainter(window as Window & typeof globalThis).touchesDom).toBe(true);
  });

  it('wraps with the kind, marks the focus, and eraseAll restores the DOM exactly', () => {
    const [a, b, c] = ranges('<p>Up <b>6.4</b> percent to 9 trillion yuan, 5 percent more</p>', '6.4 percent', '9 trillion yuan', '5 percent');
    const html = document.body.innerHTML;
    const nodes = [...document.querySelectorAll('p, b')].flatMap((e) => [...e.childNodes]);
    const painter = createPainter(window as Window & typeof globalThis);
    const [pa] = painter.paint([
      { kind: 'percent', range: a! },
      { kind: 'money', range: b! },
      { kind: 'percent', range: c! },
    ]);
    expect([a, b, c].map((r) => r!.toString())).toEqual(['6.4 percent', '9 trillion yuan', '5 percent']);
    expect(painter.nodesOf(pa!).map((n) => n.data)).toEqual(['6.4', ' percent']);
    expect([...document.querySelectorAll('figurelens-mark')].map((m) => `${m.getAttribute('data-kind')}:${m.textContent}`)).toEqual([
      'percent:6.4',
      'percent: percent',
      'money:9 trillion yuan',
      'percent:5 percent',
    ]);
    painter.focus(pa!);
    expect(document.querySelectorAll('figurelens-mark[data-focus]')).toHaveLength(2);
    painter.eraseAll();
    expect(document.body.innerHTML).toBe(html);
    expect([...document.querySelectorAll('p, b')].flatMap((e) => [...e.childNodes])).toEqual(nodes);
  });
});
