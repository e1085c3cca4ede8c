import { browser } from 'wxt/browser';
import { analyzePage, defaultCurrencyForLocale } from '@/lib/index';
import type { Settings } from '@/lib/settings';
import type { Analyze } from './tab-store';
import { ratesFor } from './daily-rates';

/**
 * The analysis the worker applies to each tab, bound to the reader's
 * settings: their currency ('auto' follows the browser's locale), the
 * language of the notes, and the rate table in force.
 */
export async function analyzerFor(settings: Settings): Promise<Analyze> {
  const browserLocale = browser.i18n.getUILanguage();
  // Notes are written in the language of the extension's own messages (en or zh-CN).
  const uiLang = browser.i18n.getMessage('common_lang') || browserLocale;
  const readerCurrency = settings.readerCurrency === 'auto' ? defaultCurrencyForLocale(browserLocale) : settings.readerCurrency;
  const rates = await ratesFor(settings);
  return (page, figures) => analyzePage(page, figures, { readerCurrency, locale: uiLang, rates });
}
