import { browser } from 'wxt/browser';
import type { I18n } from '@/components/i18n';
import { i18nFrom } from './i18n-from';
import type { Settings } from '@/lib/settings';

/** The extension pages' words from `_locales` in the browser's language, and the locale for figures' numbers. */
export function browserI18n(settings: Pick<Settings, 'numberLocale'>): I18n {
  return i18nFrom(browser.i18n, settings);
}

/** Marks the document with the UI language, so screen readers and CJK fonts pick the right voice and glyphs. */
export function labelDocument(i18n: I18n, title: string): void {
  document.documentElement.lang = i18n.lang;
  document.title = title;
}
