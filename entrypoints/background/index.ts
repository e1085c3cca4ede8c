import { browser } from 'wxt/browser';
import { withHighlights, type Settings } from '@/lib/settings';
import { loadSettings, settingsItem, updateSettings } from '@/utils/settings';
import { route, type Reply, type RouterDeps } from './router';
import { forgetTab, invalidateAnalyses, leftPage } from './tab-store';
import { showCount } from './badge';
import { analyzerFor } from './analysis';
import { refreshDailyRates } from './daily-rates';
import { registerCommands } from './commands';
import { registerUserSites } from './user-sites';
import { PageGuard } from './page-guard';
import { registerChunkLoader } from './chunk-loader';
import { EngineReads } from '@/lib/page-engine/reads';

export default defineBackground(() => {
  const deps: RouterDeps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    analyze: (_page, figures) => figures,
    showCount,
    guard: new PageGuard((tabId, message) => browser.tabs.sendMessage(tabId, message)),
    engine: new EngineReads(),
    writeHighlights: (site, on) => updateSettings((s) => withHighlights(s, site, on)),
  };

  // Messages wait for the reader's settings, so no tab is analysed with the wrong currency.
  // Changes apply one after another: an older analyzer must never finish last.
  let applying: Promise<void> = Promise.resolve();
  const applySettings = (settings: Settings) => {
    applying = applying.then(async () => {
      deps.analyze = await analyzerFor(settings);
      invalidateAnalyses();
    });
    return applying;
  };
  const ready = loadSettings().then(applySettings).catch((error: unknown) => console.warn('FigureLens: settings not loaded:', error));

  settingsItem.watch(() => {
    void loadSettings().then(async (settings) => {
      await applySettings(settings);
      if (await refreshDailyRates(settings)) await applySettings(settings);
    });
  });
  void ready.then(async () => {
    const settings = await loadSettings();
    if (await refreshDailyRates(settings)) await applySettings(settings);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: Reply) => void) => {
    void ready.then(() => route(message, sender, deps)).then(sendResponse);
    return true;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    deps.guard.forget(tabId);
    deps.engine.forgetTab(tabId);
    void forgetTab(tabId);
  });
  // A prerendered or restored tab takes another's place: the old id's page is gone.
  browser.tabs.onReplaced.addListener((_added, removed) => {
    deps.guard.forget(removed);
    deps.engine.forgetTab(removed);
    void forgetTab(removed);
  });
  // The URL is visible only on sites with host access; there, a navigation the
  // content script could not announce (to a page it does not run on) drops the old page.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void leftPage(tabId, change.url);
  });
  registerCommands();
  registerUserSites();
  registerChunkLoader();
});
