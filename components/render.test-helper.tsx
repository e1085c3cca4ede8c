/** Renders a component with the real messages.json of a UI language, as the extension would. */
import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import { I18nProvider, messagesFrom, type I18n } from '@/components/i18n';
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';

export type UiLang = 'en' | 'zh';

export function i18nFor(lang: UiLang, numberLocale?: string): I18n {
  const t = messagesFrom(lang === 'en' ? en : zh);
  const tag = t('common_lang');
  return { t, lang: tag, numberLocale: numberLocale ?? tag };
}

export function renderIn(lang: UiLang, ui: ComponentChildren) {
  return render(<I18nProvider value={i18nFor(lang)}>{ui}</I18nProvider>);
}
