// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextModel, inBoilerplate, leadingRangeFor, leadingText, locate, nodesFor, rangeFor, TextWalker, type TextModel } from './text-model';
import { fill } from './fill.test-helper';
import { markOwnUi } from './scope';

function page(html: string): HTMLElement {
  fill(document.body, html);
  return document.body;
}

/** The Range over the first occurrence of `needle` in the model's text. */
function rangeOf(model: TextModel, needle: string): Range {
  const at = model.text.indexOf(needle);
  expect(at, `"${needle}" in ${JSON.stringify(model.text)}`).toBeGreaterThanOrEqual(0);
  const range = rangeFor(model, at, at + needle.length);
  expect(range).not.toBeNull();
  return range!;
}

beforeEach(() => {
  fill(document.body, '');
});

describe('figures across elements map back to one range', () => {
  it('a bold number inside an English phrase', () => {
    const model = buildTextModel(page('<p>GDP was up <b>6.4</b> percent last year.</p>'));
    expect(model.text).toBe('GDP was up 6.4 percent last year.');
    const range = rangeOf(model, '6.4 percent');
    expect(range.toString()).toBe('6.4 percent');
    expect(range.startContainer).toBe(document.querySelector('b')!.firstChild);
    expect(range.endContainer.textContent).toBe(' percent last year.');
  });

  it('a Chinese amount inside a span', () => {
    const model = buildTextModel(page('<p>全年进出口总额达<span>10.52万亿元</span>，增长9.8%。</p>'));
    expect(rangeOf(model, '10.52万亿元').toString()).toBe('10.52万亿元');
    expect(rangeOf(model, '9.8%').startContainer.textContent).toBe('，增长9.8%。');
  });

  it('a figure split by a link', () => {
    const model = buildTextModel(page('<p>Trade exceeded <a href="#">9 trillion</a> yuan.</p>'));
    const range = rangeOf(model, '9 trillion yuan');
    expect(range.toString()).toBe('9 trillion yuan');
    const at = model.text.indexOf('9 trillion yuan');
    expect(nodesFor(model, at, at + '9 trillion yuan'.length).map((n) => n.data)).toEqual(['9 trillion', ' yuan.']);
  });

  it('a figure that starts exactly where a text node starts and ends where one ends', () => {
    const model = buildTextModel(page('<p><i>5</i><i> percent</i><i>!</i></p>'));
    const range = rangeOf(model, '5 percent');
    expect(range.startContainer.textContent).toBe('5');
    expect(range.startOffset).toBe(0);
    // The end is the end of " percent", not offset 0 of "!".
    expect(range.endContainer.textContent).toBe(' percent');
    expect(range.endOffset).toBe(8);
  });

  it('source newlines and tabs inside a paragraph read as spaces, one for one', () => {
    const model = buildTextModel(page('<p>up\n\t<b>6.4</b>\npercent</p>'));
    expect(model.text).toBe('up  6.4 percent');
    expect(rangeOf(model, '6.4 percent').toString()).toBe('6.4\npercent');
  });

  it('empty text nodes are not in the map', () => {
    const body = page('<p>a<b></b>b</p>');
    body.querySelector('b')!.appendChild(document.createTextNode(''));
    const model = buildTextModel(body);
    expect(model.nodes.map((n) => n.data)).toEqual(['a', 'b']);
  });
});

describe('blocks, tables and whitespace', () => {
  it('block elements are separated by a newline, inline ones are not', () => {
    const model = buildTextModel(page('<h1>Title</h1><p>One <em>two</em></p><div>Three<br>Four</div>'));
    expect(model.text).toBe('Title\nOne two\nThree\nFour');
  });

  it('table cells are separate lines, so a figure never runs from one cell into the next', () => {
    const model = buildTextModel(page('<table><tr><th>GDP</th><td>14 trillion yuan</td><td>5 percent</td></tr></table>'));
    expect(model.text).toBe('GDP\n14 trillion yuan\n5 percent');
    expect(rangeOf(model, '14 trillion yuan').toString()).toBe('14 trillion yuan');
  });

  it('whitespace-only nodes between blocks stay in the map without joining the blocks', () => {
    const model = buildTextModel(page('<ul>\n  <li>9 percent</li>\n  <li>10 percent</li>\n</ul>'));
    expect(model.text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['9 percent', '10 percent']);
    expect(rangeOf(model, '10 percent').toString()).toBe('10 percent');
  });
});

describe('what is not article text', () => {
  const cases: Array<[string, string]> = [
    ['script', '<script>var gdp = "14 trillion yuan";</script>'],
    ['style', '<style>.x::after { content: "5 percent" }</style>'],
    ['noscript', '<noscript>5 percent</noscript>'],
    ['template', '<template><p>5 percent</p></template>'],
    ['textarea', '<textarea>5 percent</textarea>'],
    ['select', '<select><option>5 percent</option></select>'],
    ['contenteditable', '<div contenteditable="true"><p>5 percent</p></div>'],
    ['contenteditable (empty value)', '<div contenteditable><p>5 percent</p></div>'],
    ['plaintext-only editing', '<div contenteditable="plaintext-only">5 percent</div>'],
    ['code', '<p>Run <code>grow(5 percent)</code></p>'],
    ['pre', '<pre>5 percent</pre>'],
    ['hidden', '<p hidden>5 percent</p>'],
    ['aria-hidden', '<p aria-hidden="true">5 percent</p>'],
    ['svg', '<svg><text>5 percent</text></svg>'],
  ];
  it.each(cases)('%s', (_name, html) => {
    const model = buildTextModel(page(`<p>Visible.</p>${html}`));
    expect(model.text).not.toContain('5 percent');
    expect(model.text).not.toContain('trillion');
    expect(model.text).toContain('Visible.');
  });

  it('our own card, known by identity: a page element copying its attribute is read', () => {
    const root = page('<p>Visible.</p><div data-figurelens-card>5 percent</div><div data-figurelens-card id="ours">3 trillion</div>');
    markOwnUi(root.querySelector('#ours')!);
    const model = buildTextModel(root);
    expect(model.text).toContain('5 percent');
    expect(model.text).not.toContain('3 trillion');
  });

  it('contenteditable="false" inside the page is read', () => {
    expect(buildTextModel(page('<p contenteditable="false">5 percent</p>')).text).toBe('5 percent');
  });

  it('input values never appear (they are not child text)', () => {
    expect(buildTextModel(page('<form><label>Rate <input value="5 percent"></label></form>')).text).toBe('Rate ');
  });

  it('the caller can skip more (display:none through checkVisibility)', () => {
    const body = page('<p>a</p><div style="display:none"><p>5 percent</p></div><p>b</p>');
    const model = buildTextModel(body, { skip: (e) => !e.checkVisibility() });
    expect(model.text).toBe('a\nb');
  });

  it('a subtree read on its own inside a skipped element reads nothing', () => {
    const body = page('<pre><span>5 percent</span></pre><div contenteditable><p>6 percent</p></div>');
    expect(buildTextModel(body.querySelector('span')!).text).toBe('');
    expect(buildTextModel(body.querySelector('div p')!).text).toBe('');
  });
});

describe('open shadow roots of web components', () => {
  it('reads the shadow tree in place of the light children, with slotted text where its slot is', () => {
    const body = page('<p>Before</p><gdp-card><span>14 trillion yuan</span><i slot="nope">unslotted</i></gdp-card><p>After</p>');
    const host = body.querySelector('gdp-card')!;
    const shadow = host.attachShadow({ mode: 'open' });
    fill(shadow, '<div>Output: <slot></slot>, up <b>5 percent</b></div>');
    const seen: ShadowRoot[] = [];
    const model = buildTextModel(body, { onShadowRoot: (r) => seen.push(r) });
    expect(model.text).toBe('Before\nOutput: 14 trillion yuan, up 5 percent\nAfter');
    expect(seen).toEqual([shadow]);
    expect(rangeOf(model, '5 percent').startContainer.getRootNode()).toBe(shadow);
    expect(rangeOf(model, '14 trillion yuan').startContainer.getRootNode()).toBe(document);
  });

  it('a slot with nothing assigned shows its fallback content', () => {
    const body = page('<x-fallback></x-fallback>');
    fill(body.querySelector('x-fallback')!.attachShadow({ mode: 'open' }), '<slot>3 percent</slot>');
    expect(buildTextModel(body).text).toBe('3 percent');
  });

  it('a span that crosses the shadow boundary has no range', () => {
    const body = page('<p>up <x-num></x-num> percent</p>');
    fill(body.querySelector('x-num')!.attachShadow({ mode: 'open' }), '6.4');
    const model = buildTextModel(body);
    expect(model.text).toBe('up 6.4 percent');
    expect(rangeFor(model, 3, 14)).toBeNull();
    expect(rangeFor(model, 3, 6)!.toString()).toBe('6.4');
  });
});

describe('menus, footers and sidebars are marked as boilerplate', () => {
  it('marks nav, aside and a body-level footer; not the article or its own footer', () => {
    const body = page(
      '<header><p>Site 1</p></header><nav>Menu 2</nav><article><header>Title 3</header><p>Body 4</p><footer>Photo 5</footer></article>' +
        '<aside>Side 6</aside><footer>Footer 7</footer><div role="navigation">Links 8</div><div role="main">Main 9</div>',
    );
    const model = buildTextModel(body);
    const marked = (word: string) => inBoilerplate(model, model.text.indexOf(word));
    expect(['Site', 'Menu', 'Side', 'Footer', 'Links'].filter(marked)).toEqual(['Site', 'Menu', 'Side', 'Footer', 'Links']);
    expect(['Title', 'Body', 'Photo', 'Main'].filter(marked)).toEqual([]);
  });

  it('nested regions make one span', () => {
    const model = buildTextModel(page('<p>a</p><nav>b<aside>c</aside>d</nav><p>e</p>'));
    expect(model.boilerplate).toHaveLength(2);
    expect(model.text.slice(model.boilerplate[0], model.boilerplate[1])).toBe('b\nc\nd');
  });

  it('a subtree read on its own inside a footer is boilerplate throughout', () => {
    const body = page('<footer><div><p>ICP 12345</p></div></footer>');
    const model = buildTextModel(body.querySelector('p')!);
    expect(model.boilerplate).toEqual([0, model.text.length]);
    expect(inBoilerplate(model, 0)).toBe(true);
  });
});

describe('reading a slice at a time', () => {
  it('gives the same model as reading at once, however often it pauses', () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Para ${i}: up <b>${i}.5</b> percent <a>link</a></p><nav>n${i}</nav>`).join('');
    const body = page(html);
    const whole = buildTextModel(body);
    const walker = new TextWalker(body);
    let pauses = 0;
    while (!walker.walk(() => true)) pauses++;
    expect(pauses).toBeGreaterThan(5);
    const sliced = walker.result();
    expect(sliced.text).toBe(whole.text);
    expect(sliced.starts).toEqual(whole.starts);
    expect(sliced.boilerplate).toEqual(whole.boilerplate);
  });

  it('survives deep nesting without recursion', () => {
    const div = document.createElement('div');
    let inner: Element = div;
    for (let i = 0; i < 20_000; i++) inner = inner.appendChild(document.createElement('span'));
    inner.appendChild(document.createTextNode('5 percent'));
    expect(buildTextModel(div).text).toBe('5 percent');
  });
});

describe('locate', () => {
  it('puts a start on the node that begins there and an end on the node that ends there', () => {
    const model = buildTextModel(page('<p><i>ab</i><i>cd</i></p>'));
    expect(locate(model, 2)!.node.data).toBe('cd');
    expect(locate(model, 2, true)!.node.data).toBe('ab');
    expect(locate(model, 99)).toBeNull();
  });

  it('returns no range when a node shrank after it was read', () => {
    const body = page('<p>14 trillion yuan</p>');
    const model = buildTextModel(body);
    (model.nodes[0] as Text).data = '14';
    expect(rangeFor(model, 0, 16)).toBeNull();
  });
});

describe('regions: where each block and shadow root lies in the text', () => {
  function regionsOf(root: Node): Map<Node, [number, number]> {
    const regions = new Map<Node, [number, number]>();
    const walker = new TextWalker(root, { onRegion: (node, start, end) => regions.set(node, [start, end]) });
    walker.walk();
    return regions;
  }

  it('reading a block or a shadow root alone gives exactly the stretch of the whole text it was given', () => {
    const body = page(
      '<nav>Menu 1 · 2</nav><article><h1>Title</h1><p>GDP up <b>6.4</b> percent.</p><ul><li>One 5%</li><li>Two <i>6%</i></li></ul>' +
        '<div><p>Nested</p>tail text</div><p></p><x-card></x-card></article><footer>Copyright 2018</footer>',
    );
    body.querySelector('x-card')!.attachShadow({ mode: 'open' }).append('Inside 7.5 percent');
    const whole = buildTextModel(body).text;
    const regions = regionsOf(body);
    const read = [...regions].filter(([node]) => node !== body);
    expect(read.length).toBeGreaterThan(8);
    for (const [node, [start, end]] of read) {
      expect(buildTextModel(node).text, (node as Element).tagName ?? 'shadow root').toBe(whole.slice(start, Math.max(start, end)));
    }
    expect(regions.get(body)).toEqual([0, whole.length]);
  });

  it('the same model either way: asking for regions changes nothing else', () => {
    const body = page('<p>a <b>1</b></p><div><p>b</p>c</div>');
    const walker = new TextWalker(body, { onRegion: () => undefined });
    walker.walk();
    expect(walker.result()).toEqual(buildTextModel(body));
  });

  it('leadingText reads at least as much as asked, and stops long before the end of a long page', () => {
    const body = page(Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} of the article.</p>`).join(''));
    const whole = buildTextModel(body).text;
    const lead = leadingText(body, 1000);
    expect(lead.length).toBeGreaterThanOrEqual(1000);
    expect(lead.length).toBeLessThan(whole.length / 4);
    expect(whole.startsWith(lead)).toBe(true);
  });
});

describe('a figure across a shadow boundary', () => {
  it('has no Range, and its leading range covers its part in the tree where it starts', () => {
    const body = page('<p>Exports rose <span id="host"></span> percent</p>');
    body.querySelector('#host')!.attachShadow({ mode: 'open' }).append('3.5');
    const model = buildTextModel(body);
    const from = model.text.indexOf('3.5');
    const to = from + '3.5 percent'.length;
    expect(rangeFor(model, from, to)).toBeNull();
    expect(leadingRangeFor(model, from, to)!.toString()).toBe('3.5');
    // Starting in the page's tree and ending in the shadow tree: the part before the host.
    const rose = model.text.indexOf('rose');
    expect(rangeFor(model, rose, from + 3)).toBeNull();
    expect(leadingRangeFor(model, rose, from + 3)!.toString()).toBe('rose ');
  });
});
