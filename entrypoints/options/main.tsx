/** The options page: the stored settings and the permissions granted, handed to the Options component. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { convertibleCurrencies, EMBEDDED_RATES_DATE } from '@/lib/rates';
import { matchPatternFor } from '@/lib/sites';
import { ECB_ORIGINS, settingsFrom, type Settings, type SettingsChange } from '@/lib/settings';
import { Options, type OptionsActions } from '@/components/Options';
import { I18nProvider } from '@/components/i18n';
import { loadSettings, settingsItem, updateSettings } from '@/utils/settings';
import { browserI18n, labelDocument } from '@/utils/page-i18n';
import '@/components/theme.css';
import './options.css';

const granted = (origins: string[]) => browser.permissions.contains({ origins });

/**
 * Saves one change at a time: each reads what storage holds and writes it
 * back, so two at once would each miss the other.
 */
let saving: Promise<unknown> = Promise.resolve();
function save(change: SettingsChange): Promise<void> {
  const done = saving.then(() => updateSettings(change));
  saving = done.catch(() => undefined);
  return done.then(() => undefined);
}

/** The stored settings, each time they change: here, in the popup, in a page or in the worker. */
function watch(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(settingsFrom(stored)));
}

// Each permission request is the first thing its click handler awaits: browsers grant
// requests only while the reader's gesture is still current.
const actions: OptionsActions = {
  save,
  requestSite: (site) => browser.permissions.request({ origins: [matchPatternFor(site)] }),
  releaseSite: async (site) => {
    await browser.permissions.remove({ origins: [matchPatternFor(site)] }).catch(() => false);
  },
  requestEcb: () => browser.permissions.request({ origins: ECB_ORIGINS }),
  releaseEcb: async () => {
    await browser.permissions.remove({ origins: ECB_ORIGINS }).catch(() => false);
  },
};

async function main(): Promise<void> {
  const settings = await loadSettings();
  const i18n = browserI18n(settings);
  labelDocument(i18n, i18n.t('options_title'));
  const sitePermissions = Object.fromEntries(
    await Promise.all(settings.userSites.map(async (site) => [site, await granted([matchPatternFor(site)])] as const)),
  );
  render(
    <I18nProvider value={i18n}>
      <Options
        settings={settings}
        watch={watch}
        currencies={convertibleCurrencies()}
        browserLocale={browser.i18n.getUILanguage()}
        embeddedRatesDate={EMBEDDED_RATES_DATE}
        today={new Date().toISOString().slice(0, 10)}
        sitePermissions={sitePermissions}
        ecbPermission={await granted(ECB_ORIGINS)}
        actions={actions}
      />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void main();
