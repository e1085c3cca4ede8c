// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextModel, rangeFor } from './text-model';
import { unwrap, wrapRange, type Wrapping } from './wrap-highlights';
import { fill } from './fill.test-helper';

/** Every node under body with its data: identity and content, to compare before and after. */
function snapshot(): Array<[Node, string | null]> {
  const walker = document.createTreeWalker(document.body, 0xffffffff);
  const out: Array<[Node, string | null]> = [];
  for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) out.push([n, n.nodeType === 3 ? (n as Text).data : null]);
  return out;
}

function expectRestored(before: Array<[Node, string | null]>, html: string): void {
  const after = snapshot();
  expect(document.body.innerHTML).toBe(html);
  expect(after.length).toBe(before.length);
  after.forEach(([node, data], i) => {
    expect(node).toBe(before[i]![0]);
    expect(data).toBe(before[i]![1]);
  });
}

function wrapText(needle: string, kind = 'money', nth = 0): Wrapping {
  const model = buildTextModel(document.body);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = model.text.indexOf(needle, at + 1);
  return wrapRange(rangeFor(model, at, at + needle.length)!, kind);
}

function setup(html: string): { before: Array<[Node, string | null]>; html: string } {
  fill(document.body, html);
  return { before: snapshot(), html: document.body.innerHTML };
}

beforeEach(() => {
  fill(document.body, '');
});

describe('wrapping a figure', () => {
  it('wraps the middle of one text node and leaves the text unchanged', () => {
    const { before, html } = setup('<p>GDP grew 5 percent in 2024.</p>');
    const text = document.body.textContent;
    const w = wrapText('5 percent', 'percent');
    expect(w.marks).toHaveLength(1);
    expect(w.marks[0]!.outerHTML).toBe('<figurelens-mark data-kind="percent">5 percent</figurelens-mark>');
    expect(document.body.textContent).toBe(text);
    unwrap(w);
    expectRestored(before, html);
  });

  it('wraps each node of a figure across elements', () => {
    const { before, html } = setup('<p>up <b>6.4</b> percent, then more</p>');
    const w = wrapText('6.4 percent');
    expect(w.marks.map((m) => m.textContent)).toEqual(['6.4', ' percent']);
    expect(document.querySelector('b')!.firstElementChild).toBe(w.marks[0]);
    unwrap(w);
    expectRestored(before, html);
  });

  it('a figure split by a link, and one covering whole nodes (no splits)', () => {
    const { before, html } = setup('<p><a href="#">9</a> trillion yuan</p><p><span>10.52万亿元</span></p>');
    const a = wrapText('9 trillion yuan');
    const b = wrapText('10.52万亿元');
    expect(b.splits).toEqual([]);
    unwrap(b);
    unwrap(a);
    expectRestored(before, html);
  });

  it('a start at the very end of a node or an end at offset 0 adds no empty mark', () => {
    const { before, html } = setup('<p><i>ab</i><i>cd</i><i>ef</i></p>');
    const cd = document.querySelectorAll('i')[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(document.querySelector('i')!.firstChild!, 2);
    range.setEnd(document.querySelectorAll('i')[2]!.firstChild!, 0);
    const w = wrapRange(range, 'count');
    expect(w.marks).toHaveLength(1);
    expect(w.marks[0]!.firstChild).toBe(cd);
    expect(w.splits).toEqual([]);
    unwrap(w);
    expectRestored(before, html);
  });

  it('never puts a mark between table rows or cells', () => {
    const { before, html } = setup('<table>\n<tbody>\n<tr>\n<td>14 trillion</td>\n</tr>\n<tr>\n<td>yuan</td>\n</tr>\n</tbody>\n</table>');
    const first = document.querySelectorAll('td')[0]!.firstChild!;
    const last = document.querySelectorAll('td')[1]!.firstChild!;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(last, 4);
    const w = wrapRange(range, 'money');
    expect(w.marks.map((m) => m.parentElement!.tagName)).toEqual(['TD', 'TD']);
    unwrap(w);
    expectRestored(before, html);
  });

  it('a collapsed range wraps nothing', () => {
    setup('<p>x</p>');
    const range = document.createRange();
    range.setStart(document.querySelector('p')!.firstChild!, 0);
    expect(wrapRange(range, 'money')).toEqual({ marks: [], splits: [] });
  });
});

describe('removing every highlight restores the page exactly', () => {
  it('two figures in one text node, undone in reverse order', () => {
    const { before, html } = setup('<p>A 5 percent and 6 percent B</p>');
    const a = wrapText('5 percent');
    const b = wrapText('6 percent');
    expect(document.querySelectorAll('figurelens-mark')).toHaveLength(2);
    unwrap(b);
    unwrap(a);
    expectRestored(before, html);
  });

  it('many figures over a paragraph with inline markup', () => {
    const { before, html } = setup('<p>Exports rose <b>9.8</b> percent to <a href="#">9 trillion</a> yuan, <i>38.7 percent</i> of growth; 77,000 firms.</p>');
    const all = [wrapText('9.8 percent'), wrapText('9 trillion yuan'), wrapText('38.7 percent'), wrapText('77,000 firms')];
    expect(document.body.textContent).toBe(before.map(([n, d]) => (n.nodeType === 3 ? d : '')).join(''));
    for (const w of all.reverse()) unwrap(w);
    expectRestored(before, html);
  });

  it('does not throw when the page removed or replaced the wrapped text first', () => {
    setup('<p id="p">GDP grew 5 percent in 2024.</p>');
    const w = wrapText('5 percent');
    document.getElementById('p')!.textContent = 'replaced by the page';
    expect(() => unwrap(w)).not.toThrow();
    expect(document.body.innerHTML).toBe('<p id="p">replaced by the page</p>');
  });

  it('does not throw when the page detached the whole paragraph', () => {
    setup('<p id="p">GDP grew 5 percent in 2024.</p>');
    const w = wrapText('5 percent');
    const p = document.getElementById('p')!;
    p.remove();
    unwrap(w);
    expect(p.textContent).toBe('GDP grew 5 percent in 2024.');
    expect(p.querySelector('figurelens-mark')).toBeNull();
  });
});
