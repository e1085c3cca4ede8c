import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';
import type { FigureKind, GrowthBasis, PercentRole } from '@/lib/figure';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const EN = en as Messages;
const ZH = zh as Messages;

const placeholders = (entry: Messages[string]) =>
  [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('the UI in English and Simplified Chinese', () => {
  it('has every English message in Chinese, and no Chinese message without an English one', () => {
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(EN).sort());
  });

  it('uses the same placeholders in both languages, each one defined', () => {
    for (const key of Object.keys(EN)) {
      expect(placeholders(ZH[key]!), key).toEqual(placeholders(EN[key]!));
      for (const name of placeholders(EN[key]!)) {
        expect(EN[key]!.placeholders?.[name], `${key}.${name}`).toBeDefined();
        expect(ZH[key]!.placeholders?.[name], `${key}.${name}`).toEqual(EN[key]!.placeholders?.[name]);
      }
    }
  });

  it('translates the popup, options and shared words: no Chinese message is left as English words', () => {
    const mine = Object.keys(EN).filter((k) => /^(popup|options|common|badge)_/.test(k));
    expect(mine.length).toBeGreaterThan(80);
    // Names that stay as they are in Chinese text.
    const kept = /\$[A-Z]+\$|FigureLens|Markdown|CSV|JSON|PDF|USD|www\.ecb\.europa\.eu|example\.com/g;
    const untranslated = mine.filter((key) => /[A-Za-z]{3,}/.test(ZH[key]!.message.replace(kept, '')));
    expect(untranslated).toEqual([]);
  });

  it('has a name for every kind, role and growth basis the components look up by name', () => {
    const kinds: FigureKind[] = ['money', 'percent', 'count'];
    const roles: PercentRole[] = ['growth', 'share', 'target', 'level', 'change'];
    const bases: GrowthBasis[] = ['yoy', 'qoq', 'mom'];
    for (const key of [...kinds.map((k) => `common_kind_${k}`), ...roles.map((r) => `common_role_${r}`), ...bases.map((b) => `common_basis_${b}`)]) {
      expect(EN[key], key).toBeDefined();
    }
  });

  it('gives the background a badge title with a count', () => {
    expect(EN.badge_title!.placeholders).toEqual({ count: { content: '$1', example: '12' } });
    expect(ZH.badge_title!.message).toContain('$COUNT$');
  });
});
