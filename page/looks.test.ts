// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type KindLook } from '@/lib/settings';
import type { FigureKind } from '@/lib/figure';
import { AdoptedLooks, looksCss, sameLooks } from './looks';
import { fill } from './fill.test-helper';

const looks = (money: KindLook): Record<FigureKind, KindLook> => ({ ...DEFAULT_SETTINGS.looks, money });

describe('looks as CSS', () => {
  it('the shipped stylesheet is the default looks, rule for rule', () => {
    const shipped = readFileSync(join(import.meta.dirname, '../entrypoints/content/style.css'), 'utf8').replace(/^\/\*.*\*\/\n/, '');
    expect(shipped).toBe(looksCss(DEFAULT_SETTINGS.looks));
  });

  it('one ::highlight() rule and one fallback rule per kind, plus the focus', () => {
    const css = looksCss(DEFAULT_SETTINGS.looks);
    for (const kind of ['money', 'percent', 'count']) {
      expect(css).toContain(`::highlight(figurelens-${kind}) {`);
      expect(css).toContain(`figurelens-mark[data-kind="${kind}"] {`);
    }
    expect(css).toContain('::highlight(figurelens-focus)');
  });

  it('a background is translucent so the text keeps its own colour on light and dark pages', () => {
    expect(looksCss(looks({ color: '#102030', style: 'background' }))).toContain(
      '::highlight(figurelens-money) { background-color: rgb(16 32 48 / 0.4); }',
    );
  });

  it('underline and outline clear the default background and draw lines in the full colour', () => {
    expect(looksCss(looks({ color: '#ff0000', style: 'underline' }))).toContain(
      '::highlight(figurelens-money) { background-color: transparent; text-decoration: underline 2px rgb(255 0 0); }',
    );
    expect(looksCss(looks({ color: '#00ff00', style: 'outline' }))).toContain('text-decoration: underline overline 1px rgb(0 255 0)');
  });

  it('sameLooks ignores the case of colours', () => {
    expect(sameLooks(DEFAULT_SETTINGS.looks, looks({ color: '#FFC400', style: 'background' }))).toBe(true);
    expect(sameLooks(DEFAULT_SETTINGS.looks, looks({ color: '#ffc400', style: 'underline' }))).toBe(false);
  });
});

describe('the reader’s looks in an adopted stylesheet', () => {
  it('adds no node, and clear() takes it back out of every root', () => {
    fill(document.body, '<p>14 trillion yuan</p><x-a></x-a>');
    const shadow = document.querySelector('x-a')!.attachShadow({ mode: 'open' });
    const pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [pageSheet];
    const html = document.documentElement.outerHTML;
    const adopted = new AdoptedLooks(document);
    adopted.set(looksCss(looks({ color: '#ff0000', style: 'underline' })));
    adopted.adopt(shadow);
    adopted.adopt(shadow);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect(document.documentElement.outerHTML).toBe(html);
    adopted.clear();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    expect(shadow.adoptedStyleSheets).toEqual([]);
    expect(adopted.active).toBe(false);
  });
});
