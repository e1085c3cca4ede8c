/**
 * The popup: gathers what the browser knows about the tab (its URL when
 * visible, the worker's summary, the content script's status, permissions)
 * and hands it to the Popup component with the actions it may take.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { TabMessage, TabStatus, TabSummary } from '@/lib/messages';
import { EMBEDDED_RATES_DATE } from '@/lib/rates';
import { matchPatternFor } from '@/lib/sites';
import { ECB_ORIGINS, withHighlightsFor, type Settings } from '@/lib/settings';
import { hostMatches } from '@/lib/sites';
import { Popup, type PopupActions, type PopupData } from '@/components/Popup';
import { hostOf } from '@/components/popup-model';
import { formatDay, I18nProvider } from '@/components/i18n';
import { formatMoney } from '@/lib/format';
import { loadSettings, updateSettings } from '@/utils/settings';
import { alwaysOnSite, annotateTab } from '@/utils/annotate';
import { dailyRatesItem } from '@/utils/daily-rates';
import { tabSnapshotKey } from '@/utils/tab-snapshot-key';
import { browserI18n, labelDocument } from '@/utils/page-i18n';
import '@/components/theme.css';
import './popup.css';

interface Target {
  id: number;
  url?: string;
}

const params = new URLSearchParams(location.search);

/** The tab to summarise: `?tabId=N` (tests, the popup opened in a tab), else the active tab. */
async function targetTab(): Promise<Target | null> {
  const fromUrl = Number(params.get('tabId'));
  if (params.has('tabId') && Number.isInteger(fromUrl) && fromUrl >= 0) {
    const tab = await browser.tabs.get(fromUrl).catch(() => undefined);
    return { id: fromUrl, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

function tell(tabId: number, message: TabMessage): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

async function statusOf(tabId: number): Promise<TabStatus | null> {
  try {
    const reply = (await tell(tabId, { type: 'tab:status' })) as TabStatus | undefined;
    return reply && typeof reply.annotated === 'boolean' ? reply : null;
  } catch {
    // No content script in the tab: not annotated, or a page where none can run.
    return null;
  }
}

async function summaryOf(tabId: number): Promise<TabSummary | null> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'figures:get', tabId })) as TabSummary | { error: string } | undefined;
    return reply && 'figures' in reply ? reply : null;
  } catch {
    return null;
  }
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function sitePermission(settings: Settings, url: string | undefined): Promise<boolean | undefined> {
  const host = hostOf(url);
  const site = host && settings.userSites.find((s) => hostMatches(host, s));
  if (!site) return undefined;
  return browser.permissions.contains({ origins: [matchPatternFor(site)] });
}

let target: Target | null = null;

async function load(): Promise<PopupData> {
  target = await targetTab();
  const settings = await loadSettings();
  const status = target ? await statusOf(target.id) : null;
  const data: PopupData = {
    url: target?.url,
    summary: target ? await summaryOf(target.id) : null,
    status,
    settings,
    sitePermission: await sitePermission(settings, target?.url),
    embeddedRatesDate: EMBEDDED_RATES_DATE,
    dailyRatesDate: settings.rates === 'ecb-daily' ? ((await dailyRatesItem.getValue())?.daily?.date ?? undefined) : undefined,
    ecbPermission: await browser.permissions.contains({ origins: ECB_ORIGINS }),
    today: new Date().toISOString().slice(0, 10),
  };
  performance.mark('figurelens:data');
  return data;
}

/** Waits (up to 5 s) for a content script just injected to report that it has read the page. */
async function untilAnnotated(tabId: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const status = await statusOf(tabId);
    if (status?.annotated) return;
    await pause(100);
  }
}

/** "Always on this site", and "Allow" for a reader's site whose permission was removed: the same request. */
async function keepOnSite(): Promise<void> {
  if (!target) return;
  // The URL, not the tab id: the permission request must come before any await (Firefox drops the gesture).
  const answer = await alwaysOnSite(target.url ?? target.id, target.id);
  if (answer === 'granted') await untilAnnotated(target.id);
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Firefox's popup may refuse the async clipboard; a selected textarea still copies.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('copy refused');
  }
}

/** A blob URL and a download link: no `downloads` permission needed. */
function download({ name, type, content }: { name: string; type: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns; the popup closing frees it anyway.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const actions: PopupActions = {
  reveal: (id) => {
    if (target) void tell(target.id, { type: 'figure:reveal', id }).catch(() => undefined);
  },
  // A settings write, nothing else: the page's content script follows the settings.
  setHighlights: async (on) => {
    const host = hostOf(target?.url);
    if (!host) return;
    await updateSettings((s) => withHighlightsFor(s, host, on));
  },
  annotate: async () => {
    if (!target) return;
    await annotateTab(target.id);
    await untilAnnotated(target.id);
  },
  alwaysOn: keepOnSite,
  allowSite: keepOnSite,
  setListOrder: async (order) => {
    await updateSettings((s) => ({ ...s, listOrder: order }));
  },
  copy,
  download,
  openOptions: () => void browser.runtime.openOptionsPage(),
};

/**
 * The worker keeps each tab's figures in session storage and rewrites the
 * tab's pointer whenever they change (a resend it asked for included): a
 * change to it means figures arrived or changed. Bursts of batches are
 * collapsed into one refresh.
 */
function watchTab(refresh: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (changes: Record<string, unknown>) => {
    if (!target || !(tabSnapshotKey(target.id) in changes)) return;
    clearTimeout(timer);
    timer = setTimeout(refresh, 250);
  };
  // Older Firefox has session storage without its own onChanged: the popup then shows what it first loaded.
  const changed = browser.storage.session?.onChanged;
  changed?.addListener(listener);
  return () => {
    clearTimeout(timer);
    changed?.removeListener(listener);
  };
}

/**
 * The first Intl formatter of a locale loads its data (several ms); doing it
 * while the tab and the worker are being asked overlaps it with their replies.
 */
function warmIntl(numberLocale: string, lang: string): void {
  setTimeout(() => {
    formatMoney(1.5e12, 'USD', numberLocale);
    formatDay('2025-01-16', lang);
  });
}

async function main(): Promise<void> {
  const i18n = browserI18n(await loadSettings());
  labelDocument(i18n, i18n.t('actionTitle'));
  warmIntl(i18n.numberLocale, i18n.lang);
  render(
    <I18nProvider value={i18n}>
      <Popup
        load={load}
        actions={actions}
        watch={watchTab}
        onRendered={() => performance.mark('figurelens:rendered')}
        onListComplete={() => performance.mark('figurelens:list-complete')}
      />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void main();
