import { useMemo, useState } from 'preact/hooks';
import type { CurrencyCode } from '@/lib/figure';
import { useI18n } from './i18n';

export interface CurrencyPickerProps {
  value: CurrencyCode | 'auto';
  currencies: readonly CurrencyCode[];
  /** What 'auto' currently means for this browser. */
  autoCurrency: CurrencyCode;
  onChange: (value: CurrencyCode | 'auto') => void;
}

function currencyNames(lang: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([lang], { type: 'currency' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}

/**
 * A search box over a list box of the currencies the rates cover. A native
 * select keeps keyboard and screen-reader behaviour the browser's own; the
 * search matches codes and names in the UI language and in English, so both
 * "yuan" and "人民币" find CNY.
 */
export function CurrencyPicker({ value, currencies, autoCurrency, onChange }: CurrencyPickerProps) {
  const { t, lang } = useI18n();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const local = currencyNames(lang);
    const english = currencyNames('en');
    return currencies.map((code) => ({ code, name: local(code), search: `${code} ${local(code)} ${english(code)}`.toLowerCase() }));
  }, [currencies, lang]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = options.filter((o) => words.every((w) => o.search.includes(w)));
  return (
    <div class="currency-picker">
      <label for="currency-search">{t('options_currency_search')}</label>
      <input id="currency-search" type="search" value={query} aria-controls="currency-list" onInput={(e) => setQuery(e.currentTarget.value)} />
      <label for="currency-list" class="visually-hidden">
        {t('options_currency_list')}
      </label>
      <select id="currency-list" size={8} value={value} onChange={(e) => onChange(e.currentTarget.value as CurrencyCode | 'auto')}>
        {words.length === 0 && <option value="auto">{t('options_currency_auto', autoCurrency)}</option>}
        {shown.map((o) => (
          <option key={o.code} value={o.code}>
            {o.code} — {o.name}
          </option>
        ))}
      </select>
      {shown.length === 0 && <p class="muted">{t('options_currency_none')}</p>}
    </div>
  );
}
