import { useState } from 'preact/hooks';
import { DEFAULT_SITES } from '@/lib/sites';
import { siteHost, withDefaultSite, withUserSite, type Settings, type SettingsChange } from '@/lib/settings';
import { useI18n } from './i18n';

export interface SiteSettingsProps {
  settings: Settings;
  /** Whether each of the reader's sites still has its host permission. */
  sitePermissions: Record<string, boolean>;
  onChange: (change: SettingsChange) => void;
  /** Asks for a site's host permission; true when granted. Called straight from the click, as browsers require. */
  requestSite: (site: string) => Promise<boolean>;
  /** Gives a removed site's permission back. */
  releaseSite: (site: string) => Promise<void>;
}

/** The default news sites, each switchable, and the reader's own sites with their permissions. */
export function SiteSettings({ settings, sitePermissions, onChange, requestSite, releaseSite }: SiteSettingsProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const hasPermission = (site: string) => granted[site] ?? sitePermissions[site] ?? true;

  const add = async (event: Event) => {
    event.preventDefault();
    const site = siteHost(draft);
    if (!site) {
      setMessage(t('options_site_invalid'));
      return;
    }
    const builtIn = DEFAULT_SITES.find((s) => s === site);
    if (builtIn) {
      onChange((s) => withDefaultSite(s, builtIn, true));
    } else if (!settings.userSites.includes(site) || !hasPermission(site)) {
      if (!(await requestSite(site))) {
        setMessage(t('options_site_denied', site));
        return;
      }
      setGranted({ ...granted, [site]: true });
      // The worker adds a newly granted site too (permissions.onAdded), by the same rule: whichever writes
      // second changes nothing. Not left to the worker alone: a grant the browser already held fires no onAdded.
      if (!settings.userSites.includes(site)) onChange((s) => withUserSite(s, site));
    }
    setDraft('');
    setMessage(t('options_site_added', site));
  };

  const allow = async (site: string) => {
    const ok = await requestSite(site);
    setGranted({ ...granted, [site]: ok });
    setMessage(ok ? t('options_site_added', site) : t('options_site_denied', site));
  };

  return (
    <>
      <fieldset>
        <legend>{t('options_sites_default')}</legend>
        <ul class="site-list">
          {DEFAULT_SITES.map((site) => (
            <li key={site}>
              <label>
                <input type="checkbox" checked={!settings.disabledSites.includes(site)} onChange={(e) => {
                    const on = e.currentTarget.checked;
                    onChange((s) => withDefaultSite(s, site, on));
                  }}
                />
                {site}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('options_sites_user')}</legend>
        {settings.userSites.length === 0 ? (
          <p class="muted">{t('options_sites_none')}</p>
        ) : (
          <ul class="user-sites">
            {settings.userSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                {!hasPermission(site) && (
                  <>
                    <span class="warning">{t('options_site_missing')}</span>
                    <button type="button" onClick={() => void allow(site)}>
                      {t('common_allow')}
                    </button>
                  </>
                )}
                <button
                  type="button"
                  aria-label={t('options_site_remove', site)}
                  onClick={() => {
                    onChange((s) => ({ ...s, userSites: s.userSites.filter((u) => u !== site) }));
                    void releaseSite(site);
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add-site" onSubmit={(e) => void add(e)}>
          <label for="add-site">{t('options_site_add_label')}</label>
          <input id="add-site" type="text" inputMode="url" placeholder="example.com" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
          <button type="submit">{t('options_site_add')}</button>
        </form>
      </fieldset>
      <p class="status" role="status">
        {message}
      </p>
    </>
  );
}
