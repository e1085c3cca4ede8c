import type { browser } from 'wxt/browser';
import type { I18n, MessageKey } from '@/components/i18n';
import type { Settings } from '@/lib/settings';

/**
 * The extension's words from `_locales` in the browser's language, and the
 * locale for figures' numbers, from the i18n API it is given (the in-page
 * engine gets the content script's; extension pages use utils/page-i18n.ts).
 */
export function i18nFrom(api: (typeof browser)['i18n'], settings: Pick<Settings, 'numberLocale'>): I18n {
  // The language of the messages in use, not the browser's: a French browser gets the English
  // messages, and then English dates and numbers beside them.
  const lang = api.getMessage('common_lang') || api.getUILanguage();
  return {
    t: (key: MessageKey, ...substitutions: (string | number)[]) => api.getMessage(key as Parameters<typeof api.getMessage>[0], substitutions.map(String)),
    lang,
    numberLocale: settings.numberLocale === 'auto' ? lang : settings.numberLocale,
  };
}
