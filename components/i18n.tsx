/**
 * The UI's words and number formats. Components read them from context; the
 * extension pages provide `browser.i18n.getMessage`, tests provide the same
 * messages.json files through `messagesFrom`, so a missing or misnamed key
 * fails a component test, not a reader.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export interface I18n {
  t: Translate;
  /** The UI language as a BCP 47 tag ("en-US", "zh-CN"): dates and UI numbers. */
  lang: string;
  /** Where figures' amounts are formatted: the number-format setting, or `lang`. */
  numberLocale: string;
}

const I18nContext = createContext<I18n>({ t: (key) => key, lang: 'en', numberLocale: 'en' });

export function I18nProvider({ value, children }: { value: I18n; children: ComponentChildren }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * `getMessage` over a parsed messages.json, as Chrome does it: `$NAME$`
 * becomes its placeholder's content, then `$1`…`$9` the substitutions.
 */
export function messagesFrom(messages: Record<string, MessageEntry>): Translate {
  return (key, ...substitutions) => {
    const entry = messages[key];
    if (!entry) return '';
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? placeholder.content : whole;
    });
    return named.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** "2025-01-16" as the UI language writes a date: "16 Jan 2025", "2025年1月16日". */
export function formatDay(isoDate: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** A count in the UI language's digits and grouping. */
export function formatCount(n: number, lang: string): string {
  return new Intl.NumberFormat(lang).format(n);
}
