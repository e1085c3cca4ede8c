import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectFigures } from './index';
import {
  checkSender,
  MAX_FIGURES_PER_MESSAGE,
  parseContentMessage,
  parseExtensionPageMessage,
  parseTabMessage,
} from './messages';

const sentence =
  'The province\'s import and export volume exceeded 9 trillion yuan, reflecting a 9.8 percent year-on-year growth rate.';
const figures = detectFigures(sentence);
const page = { url: 'https://www.lifeofguangzhou.com/a.htm', title: 'New productive forces', lang: 'en' };

describe('content messages', () => {
  it('accept what the detector produces, unchanged', () => {
    const parsed = parseContentMessage({ type: 'figures:add', url: page.url, figures });
    expect(parsed).toEqual({ ok: true, value: { type: 'figures:add', url: page.url, figures } });
  });

  it('drop fields a page could use to forge normalization or notes', () => {
    const forged = { ...figures[0]!, notes: [{ type: 'streak', text: 'pwned' }], normalized: { value: 1 }, extra: 'x' };
    const parsed = parseContentMessage({ type: 'figures:add', url: page.url, figures: [forged] });
    expect(parsed.ok && parsed.value.type === 'figures:add' && parsed.value.figures[0]).toEqual(figures[0]);
  });

  it("carry a table cell's place, rebuilt, and drop a figure whose place is out of bounds or before the page", () => {
    const cell = { ...figures[0]!, cell: { at: 10, row: 3, col: 2, total: 3, extra: 'x' } };
    const parsed = parseContentMessage({ type: 'figures:add', url: page.url, figures: [cell] });
    expect(parsed.ok && parsed.value.type === 'figures:add' && parsed.value.figures[0]!.cell).toEqual({ at: 10, row: 3, col: 2, total: 3 });
    for (const bad of [{ at: 1e9, row: 0, col: 0 }, { at: 0, row: -1, col: 0 }, { at: 0, row: 0, col: 1e6 }, { at: 0, row: 0, col: 0, total: 1.5 }, 'x']) {
      const out = parseContentMessage({ type: 'figures:add', url: page.url, figures: [{ ...figures[0]!, cell: bad }] });
      expect(out.ok && out.value.type === 'figures:add' && out.value.figures).toEqual([]);
    }
  });

  it('accept a page start with a publication date, and only a YYYY-MM-DD one', () => {
    expect(parseContentMessage({ type: 'page:start', page: { ...page, publishedAt: '2025-01-16', publishedFrom: 'byline' } }).ok).toBe(true);
    expect(parseContentMessage({ type: 'page:start', page: { ...page, publishedAt: 'yesterday', publishedFrom: 'byline' } })).toEqual({
      ok: false,
      reason: 'page.publishedAt is not YYYY-MM-DD',
    });
  });

  it('drop a bad figure alone, and say why', () => {
    const parsed = parseContentMessage({ type: 'figures:add', url: page.url, figures: [figures[0], { ...figures[1], value: 'x' }] });
    expect(parsed).toEqual({
      ok: true,
      value: { type: 'figures:add', url: page.url, figures: [figures[0]] },
      dropped: ['figures[1].value is not a finite number'],
    });
  });

  it('take ids of figures that left the page, bounded', () => {
    expect(parseContentMessage({ type: 'figures:remove', url: page.url, ids: ['f12', 'f40'] }).ok).toBe(true);
    expect(parseContentMessage({ type: 'figures:remove', url: page.url, ids: [12] }).ok).toBe(false);
    expect(parseContentMessage({ type: 'figures:remove', url: page.url, ids: Array(MAX_FIGURES_PER_MESSAGE + 1).fill('f1') }).ok).toBe(false);
  });

  it('carry how many figures the page holds for the worker, an integer ≥ 0, or nothing', () => {
    expect(parseContentMessage({ type: 'figures:add', url: page.url, figures, held: 14_799 })).toEqual({ ok: true, value: { type: 'figures:add', url: page.url, figures, held: 14_799 } });
    expect(parseContentMessage({ type: 'figures:remove', url: page.url, ids: ['f12'], held: 0 })).toEqual({ ok: true, value: { type: 'figures:remove', url: page.url, ids: ['f12'], held: 0 } });
    for (const held of [-1, 1.5, '3', Infinity, null]) {
      expect(parseContentMessage({ type: 'figures:add', url: page.url, figures, held }).ok).toBe(false);
      expect(parseContentMessage({ type: 'figures:remove', url: page.url, ids: [], held }).ok).toBe(false);
    }
    const parsed = parseContentMessage({ type: 'figures:add', url: page.url, figures });
    expect(parsed.ok && 'held' in parsed.value).toBe(false);
  });

  it.each([
    ['a figure whose offsets disagree with its text', { ...figures[0]!, end: figures[0]!.end + 1 }, 'does not match the text'],
    ['a sentence that does not hold the figure', { ...figures[0]!, sentenceOffset: 0 }, 'does not point at the text'],
    ['money without an ISO code', { ...figures[0]!, currency: 'yen' }, 'not an ISO 4217 code'],
    ['an infinite value', { ...figures[0]!, value: Infinity }, 'not a finite number'],
    ['an unknown kind', { ...figures[0]!, kind: 'script' }, 'kind is not one of'],
    ['a huge text', { ...figures[0]!, text: 'x'.repeat(5000) }, 'longer than'],
  ])('reject %s', (_label, figure, reason) => {
    const parsed = parseContentMessage({ type: 'figures:add', url: page.url, figures: [figure] });
    expect(parsed.ok && parsed.value.type === 'figures:add' && parsed.value.figures).toEqual([]);
    expect(parsed.ok && parsed.dropped?.[0]).toContain(reason);
  });

  it('bound the batch size', () => {
    const many = Array.from({ length: MAX_FIGURES_PER_MESSAGE + 1 }, () => figures[0]!);
    expect(parseContentMessage({ type: 'figures:add', url: page.url, figures: many }).ok).toBe(false);
    expect(parseContentMessage({ type: 'figures:add', url: page.url, figures: many.slice(1) }).ok).toBe(true);
  });

  it('reject unknown types and non-objects with a reason', () => {
    expect(parseContentMessage({ type: 'figures:get', tabId: 1 })).toMatchObject({ ok: false });
    expect(parseContentMessage(null)).toEqual({ ok: false, reason: 'message is not an object' });
    expect(parseContentMessage('figures:add')).toEqual({ ok: false, reason: 'message is not an object' });
  });

  it('never throw, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        for (const parse of [parseContentMessage, parseExtensionPageMessage, parseTabMessage]) {
          const r = parse(v);
          expect(typeof r.ok).toBe('boolean');
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('extension page and tab messages', () => {
  it('ask for a tab by a non-negative integer id', () => {
    expect(parseExtensionPageMessage({ type: 'figures:get', tabId: 7 })).toEqual({ ok: true, value: { type: 'figures:get', tabId: 7 } });
    expect(parseExtensionPageMessage({ type: 'figures:get', tabId: '7' }).ok).toBe(false);
    expect(parseExtensionPageMessage({ type: 'figures:get', tabId: -1 }).ok).toBe(false);
  });

  it('step only by one figure forward or back', () => {
    expect(parseTabMessage({ type: 'figure:step', direction: -1 }).ok).toBe(true);
    expect(parseTabMessage({ type: 'figure:step', direction: 5 }).ok).toBe(false);
  });

  it('have no highlight switch but the keyboard command’s flip: the popup’s switch is a settings write', () => {
    expect(parseTabMessage({ type: 'highlights:set', on: false }).ok).toBe(false);
    expect(parseTabMessage({ type: 'highlights:toggle' })).toEqual({ ok: true, value: { type: 'highlights:toggle' } });
  });
});

describe('senders', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;

  it('a content script in the top frame of a tab', () => {
    expect(checkSender({ id, url: page.url, tab: { id: 12 }, frameId: 0 }, id, origin)).toEqual({ from: 'content', tabId: 12 });
  });
  it('a content script in a prerendered page, whose top frame is not frame 0', () => {
    expect(checkSender({ id, url: page.url, tab: { id: 12 }, frameId: 7 }, id, origin)).toEqual({ from: 'content', tabId: 12 });
  });
  it('the popup, also when it is opened as a tab', () => {
    expect(checkSender({ id, url: `${origin}popup.html` }, id, origin)).toEqual({ from: 'extension-page' });
    expect(checkSender({ id, url: `${origin}popup.html?tabId=3`, tab: { id: 4 }, frameId: 0 }, id, origin)).toEqual({ from: 'extension-page' });
  });
  it.each([
    ['another extension', { id: 'other', url: `${origin}popup.html` }],
    ['a content message without a tab', { id, url: page.url }],
    ['a page that claims our origin in a query string', { id: undefined, url: `https://evil.test/?${origin}` }],
  ])('not %s', (_label, sender) => {
    expect(checkSender(sender, id, origin).from).toBe('rejected');
  });
});
