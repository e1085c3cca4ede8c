// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { blockOf, scopesOf, textNodesUnder, textNodesWithin } from './mutation-scopes';
import { fill } from './fill.test-helper';

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden'] };

/** The records `change` makes, as the content script's observer gets them. */
async function recordsOf(change: () => void, root: Node = document.body): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(root, OPTIONS);
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

const notOwn = (node: Node) => node.nodeType === 1 && (node as Element).localName === 'figurelens-card';
const $ = (selector: string) => document.querySelector(selector)!;

beforeEach(() => {
  fill(document.body, '');
});

describe('what to read again', () => {
  it('a text change inside inline markup reads its paragraph', async () => {
    fill(document.body, '<div id="feed"><p id="p">up <b>6.4</b> percent</p></div>');
    const records = await recordsOf(() => {
      ($('b').firstChild as Text).data = '7.1';
    });
    expect(scopesOf(records, notOwn)).toEqual({ scopes: [$('#p')], removed: [] });
  });

  it('an appended article reads just that article, not the feed', async () => {
    fill(document.body, '<div id="feed"><article><p>old</p></article></div>');
    const article = document.createElement('article');
    fill(article, '<p>Exports rose 5 percent.</p>');
    const records = await recordsOf(() => $('#feed').appendChild(article));
    expect(scopesOf(records, notOwn).scopes).toEqual([article]);
  });

  it('a paragraph filled in after load (text appended to an empty block) reads that block', async () => {
    fill(document.body, '<main><p id="late"></p></main>');
    const records = await recordsOf(() => $('#late').append('GDP grew ', Object.assign(document.createElement('b'), { textContent: '5' }), ' percent'));
    expect(scopesOf(records, notOwn).scopes).toEqual([$('#late')]);
  });

  it('an inline element taken out reads its paragraph again and reports what left', async () => {
    fill(document.body, '<p id="p">up <b>6.4</b> percent</p>');
    const b = $('b');
    const records = await recordsOf(() => b.remove());
    expect(scopesOf(records, notOwn)).toEqual({ scopes: [$('#p')], removed: [b] });
  });

  it('a block taken out only reports what left (a virtualised list does not rescan the list)', async () => {
    fill(document.body, '<ul id="list"><li>1 percent</li><li>2 percent</li></ul>');
    const li = $('li');
    const records = await recordsOf(() => li.remove());
    expect(scopesOf(records, notOwn)).toEqual({ scopes: [], removed: [li] });
  });

  it('nested changes in one batch read only the outermost subtree', async () => {
    fill(document.body, '<section id="s"></section>');
    const records = await recordsOf(() => {
      const div = document.createElement('div');
      $('#s').appendChild(div);
      fill(div, '<p>a</p>');
      div.querySelector('p')!.append(' 5 percent');
    });
    expect(scopesOf(records, notOwn).scopes).toEqual([$('#s div')]);
  });

  it('a subtree added then removed in the same batch is not read', async () => {
    fill(document.body, '<section id="s"></section>');
    const records = await recordsOf(() => {
      const p = document.createElement('p');
      $('#s').appendChild(p);
      p.remove();
    });
    expect(scopesOf(records, notOwn).scopes).toEqual([]);
  });

  it('our own card coming and going is not a change of the page', async () => {
    const records = await recordsOf(() => {
      const card = document.createElement('figurelens-card');
      document.body.appendChild(card);
      card.remove();
    });
    expect(scopesOf(records, notOwn)).toEqual({ scopes: [], removed: [] });
  });

  it('scripts, styles and comments the page adds are not text: nothing to read', async () => {
    fill(document.body, '<p id="p">5 percent</p>');
    const records = await recordsOf(() => {
      document.head.appendChild(document.createElement('style')).textContent = '.x { color: red }';
      document.body.appendChild(document.createElement('script'));
      document.getElementById('p')!.appendChild(document.createComment('tracking'));
      document.getElementById('p')!.appendChild(document.createElement('link'));
    }, document.documentElement);
    expect(scopesOf(records, notOwn)).toEqual({ scopes: [], removed: [] });
  });

  it('content revealed by removing `hidden` reads that element', async () => {
    fill(document.body, '<section id="more" hidden><p>9 percent</p></section>');
    const records = await recordsOf(() => $('#more').removeAttribute('hidden'));
    expect(scopesOf(records, notOwn).scopes).toEqual([$('#more')]);
  });

  it('a list whose whole content was swapped (a framework re-rendering it) reads the list as itself', async () => {
    fill(document.body, '<main><ul id="list"><li>1 percent</li><li>2 percent</li></ul><p>3 percent</p></main>');
    const old = [...document.querySelectorAll('li')];
    const records = await recordsOf(() => $('#list').replaceChildren(document.createRange().createContextualFragment('<li>2 percent</li><li>1 percent</li>')));
    expect(scopesOf(records, notOwn)).toEqual({ scopes: [$('#list')], removed: old });
  });

  it('a feed that adds an item and drops its oldest reads only the new item', async () => {
    fill(document.body, '<div id="feed"><p>1 percent</p><p>2 percent</p></div>');
    const oldest = $('#feed p');
    const item = document.createElement('p');
    item.textContent = '3 percent';
    const records = await recordsOf(() => {
      $('#feed').append(item);
      oldest.remove();
    });
    expect(scopesOf(records, notOwn)).toEqual({ scopes: [item], removed: [oldest] });
  });

  it('a change inside a shadow tree with no block reads the shadow root', async () => {
    fill(document.body, '<x-stat></x-stat>');
    const shadow = $('x-stat').attachShadow({ mode: 'open' });
    fill(shadow, '<span>5 percent</span>');
    const records = await recordsOf(() => {
      (shadow.querySelector('span')!.firstChild as Text).data = '6 percent';
    }, shadow);
    expect(scopesOf(records, notOwn).scopes).toEqual([shadow]);
  });
});

describe('helpers', () => {
  it('blockOf climbs to the nearest block, or the body', () => {
    fill(document.body, '<span id="loose">x</span><p><a><b id="deep">y</b></a></p>');
    expect(blockOf($('#deep').firstChild!)).toBe($('p'));
    expect(blockOf($('#loose').firstChild!)).toBe(document.body);
  });

  it('textNodesWithin gives a small element’s text nodes, and gives up on a large one as soon as it knows', () => {
    fill(document.body, `<p><a id="small">9 <b>trillion</b></a></p><main id="big">${'<p>Long paragraph of the article.</p>'.repeat(1000)}</main>`);
    expect(textNodesWithin($('#small'), 200)!.map((t) => t.data)).toEqual(['9 ', 'trillion']);
    expect(textNodesWithin($('#big'), 200)).toBeNull();
  });

  it('textNodesUnder enters open shadow roots', () => {
    fill(document.body, '<div>a<x-c>b</x-c></div>');
    fill($('x-c').attachShadow({ mode: 'open' }), '<i>c</i>');
    expect(textNodesUnder($('div')).map((t) => t.data).sort()).toEqual(['a', 'b', 'c']);
  });
});
