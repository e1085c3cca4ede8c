import { useEffect, useState } from 'preact/hooks';
import type { CurrencyCode } from '@/lib/figure';
import { formatMoney } from '@/lib/format';
import { defaultCurrencyForLocale } from '@/lib/normalize';
import { isStaleRate } from '@/lib/rates';
import type { Settings, SettingsChange } from '@/lib/settings';
import { formatDay, useI18n } from './i18n';
import { CurrencyPicker } from './CurrencyPicker';
import { SiteSettings } from './SiteSettings';
import { LookSettings } from './LookSettings';

/** Locales offered for numbers: the UI languages and the usual homes of readers of Chinese and English economic news. */
export const NUMBER_LOCALES = ['en-US', 'en-GB', 'en-IN', 'zh-CN', 'zh-HK', 'zh-TW', 'ja-JP', 'ko-KR', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ru-RU'];

export interface OptionsActions {
  /** Applies `change` to the settings as stored now and stores the result. */
  save: (change: SettingsChange) => Promise<void>;
  requestSite: (site: string) => Promise<boolean>;
  releaseSite: (site: string) => Promise<void>;
  /** Asks for the ECB's host permission; true when granted. Called straight from the reader's choice. */
  requestEcb: () => Promise<boolean>;
  releaseEcb: () => Promise<void>;
}

export interface OptionsProps {
  /** The settings as stored when the page opened. */
  settings: Settings;
  /**
   * Calls `onChange` with the stored settings whenever they change, on this
   * page or elsewhere (the popup, a page's highlight switch, the worker
   * adding a granted site); returns the unsubscribe.
   */
  watch?: (onChange: (settings: Settings) => void) => () => void;
  /** The currencies a reader can choose: those the rate table converts. */
  currencies: readonly CurrencyCode[];
  /** The browser's locale, which 'auto' follows. */
  browserLocale: string;
  embeddedRatesDate: string;
  /** "YYYY-MM-DD": when the embedded table is over 30 days older, the page says so once and offers the ECB's daily rates. */
  today?: string;
  sitePermissions: Record<string, boolean>;
  ecbPermission: boolean;
  actions: OptionsActions;
}

function localeName(tag: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function Options({ settings: initial, watch, currencies, browserLocale, embeddedRatesDate, today, sitePermissions, ecbPermission, actions }: OptionsProps) {
  const { t, lang } = useI18n();
  const [stored, setStored] = useState(initial);
  // Changes on their way to storage: shown at once, and not undone by news of an earlier write.
  const [pending, setPending] = useState<readonly SettingsChange[]>([]);
  const [status, setStatus] = useState('');
  const [ratesMessage, setRatesMessage] = useState('');
  const [ecbGranted, setEcbGranted] = useState(ecbPermission);
  useEffect(() => watch?.(setStored), [watch]);

  const settings = pending.reduce((s, c) => c(s), stored);

  const change = (c: SettingsChange) => {
    setPending((p) => [...p, c]);
    const done = () => setPending((p) => p.filter((x) => x !== c));
    actions.save(c).then(
      () => {
        // Each change sets values (never toggles), so applying it again to whatever storage has said since is safe.
        setStored(c);
        done();
        setStatus(t('options_saved'));
      },
      (error: unknown) => {
        done();
        setStatus(String(error));
      },
    );
  };

  const chooseRates = async (rates: Settings['rates']) => {
    if (rates === 'embedded') {
      change((s) => ({ ...s, rates }));
      setRatesMessage('');
      await actions.releaseEcb();
      setEcbGranted(false);
      return;
    }
    const ok = await actions.requestEcb();
    setEcbGranted(ok);
    if (ok) {
      change((s) => ({ ...s, rates }));
      setRatesMessage('');
    } else {
      setRatesMessage(t('options_rates_denied'));
    }
  };

  const autoCurrency = defaultCurrencyForLocale(browserLocale);
  const currency = settings.readerCurrency === 'auto' ? autoCurrency : settings.readerCurrency;
  const numberLocale = settings.numberLocale === 'auto' ? lang : settings.numberLocale;

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>

      <section aria-labelledby="currency-heading">
        <h2 id="currency-heading">{t('options_currency_heading')}</h2>
        <p class="muted">{t('options_currency_help')}</p>
        <CurrencyPicker
          value={settings.readerCurrency}
          currencies={currencies}
          autoCurrency={autoCurrency}
          onChange={(readerCurrency) => change((s) => ({ ...s, readerCurrency }))}
        />
      </section>

      <section aria-labelledby="locale-heading">
        <h2 id="locale-heading">{t('options_locale_heading')}</h2>
        <label for="number-locale">{t('options_locale_label')}</label>
        <select id="number-locale" value={settings.numberLocale} onChange={(e) => {
            const numberLocale = e.currentTarget.value;
            change((s) => ({ ...s, numberLocale }));
          }}
        >
          <option value="auto">{t('options_locale_auto')}</option>
          {NUMBER_LOCALES.map((tag) => (
            <option key={tag} value={tag}>
              {localeName(tag, lang)}
            </option>
          ))}
        </select>
        <p class="muted example">{t('options_locale_example', `${formatMoney(1.95e12, currency, numberLocale)} · ${formatMoney(1234567.5, currency, numberLocale, { compact: false })}`)}</p>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('options_sites_heading')}</h2>
        <p class="muted">{t('options_sites_help')}</p>
        <SiteSettings settings={settings} sitePermissions={sitePermissions} onChange={change} requestSite={actions.requestSite} releaseSite={actions.releaseSite} />
      </section>

      <section aria-labelledby="looks-heading">
        <h2 id="looks-heading">{t('options_looks_heading')}</h2>
        <LookSettings settings={settings} onChange={change} />
      </section>

      <section aria-labelledby="rates-heading">
        <h2 id="rates-heading">{t('options_rates_heading')}</h2>
        <fieldset>
          <legend class="visually-hidden">{t('options_rates_heading')}</legend>
          <label class="radio">
            <input type="radio" name="rates" value="embedded" checked={settings.rates === 'embedded'} onChange={() => void chooseRates('embedded')} />
            {t('options_rates_embedded', formatDay(embeddedRatesDate, lang))}
          </label>
          <label class="radio">
            <input type="radio" name="rates" value="ecb-daily" checked={settings.rates === 'ecb-daily'} onChange={() => void chooseRates('ecb-daily')} />
            {t('options_rates_daily')}
          </label>
          <p class="muted">{t('options_rates_daily_help')}</p>
        </fieldset>
        {settings.rates === 'embedded' && today && isStaleRate({ rateKind: 'daily', ratePeriod: embeddedRatesDate }, today) && (
          <p class="warning rates-old">
            {t('options_rates_old', formatDay(embeddedRatesDate, lang))}{' '}
            <button type="button" onClick={() => void chooseRates('ecb-daily')}>
              {t('options_rates_fetch')}
            </button>
          </p>
        )}
        {settings.rates === 'ecb-daily' && !ecbGranted && (
          <p class="warning">
            {t('options_rates_missing')}{' '}
            <button type="button" onClick={() => void chooseRates('ecb-daily')}>
              {t('common_allow')}
            </button>
          </p>
        )}
        <p class="status" role="status">
          {ratesMessage}
        </p>
      </section>

      <p class="status saved" role="status">
        {status}
      </p>
    </main>
  );
}
