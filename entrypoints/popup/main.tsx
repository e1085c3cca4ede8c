import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { FiguresGetMessage, TabSummary } from '@/lib/messages';
import { Popup } from '@/components/Popup';
import './popup.css';

/** The tab to summarise: `?tabId=N` (tests, "open in a tab"), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl >= 0 && new URLSearchParams(location.search).has('tabId')) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function load(): Promise<TabSummary | null> {
  const tabId = await targetTabId();
  if (tabId === null) return null;
  const message: FiguresGetMessage = { type: 'figures:get', tabId };
  return (await browser.runtime.sendMessage(message)) as TabSummary;
}

render(<Popup load={load} />, document.getElementById('app')!);
