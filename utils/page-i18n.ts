import { browser } from 'wxt/browser';
import type { I18n, MessageKey } from '@/components/i18n';
import type { Settings } from '@/lib/settings';

/** The extension pages' words from `_locales` in the browser's language, and the locale for figures' numbers. */
export function browserI18n(settings: Pick<Settings, 'numberLocale'>): I18n {
  // The language of the messages in use, not the browser's: a French browser gets the English
  // messages, and then English dates and numbers beside them.
  const lang = browser.i18n.getMessage('common_lang') || browser.i18n.getUILanguage();
  return {
    t: (key: MessageKey, ...substitutions: (string | number)[]) =>
      browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions.map(String)),
    lang,
    numberLocale: settings.numberLocale === 'auto' ? lang : settings.numberLocale,
  };
}

/** Marks the document with the UI language, so screen readers and CJK fonts pick the right voice and glyphs. */
export function labelDocument(i18n: I18n, title: string): void {
  document.documentElement.lang = i18n.lang;
  document.title = title;
}
