/**
 * What the in-page browser tests look at: the page as its own scripts see it
 * (text, innerText, element boxes), our highlights in CSS.highlights, the
 * hover card inside its closed shadow root (read through the DevTools
 * protocol, which sees closed roots), and messages to the tab's content script.
 */
import type { Page } from 'playwright-core';
import type { TabMessage } from '../lib/messages';
import type { Session } from './harness';

export interface PageSnapshot {
  textContent: string | null;
  innerText: string;
  /** Every element's box, in document order. */
  boxes: string[];
  scrollHeight: number;
  scrollWidth: number;
}

/** The page as the page itself can measure it; runs in the page (both browsers' tests pass it to evaluate). */
export function measurePage(): PageSnapshot {
  return {
    textContent: document.documentElement.textContent,
    innerText: document.body.innerText,
    boxes: [...document.querySelectorAll('*')].map((e) => {
      const r = e.getBoundingClientRect();
      return `${e.tagName} ${r.x.toFixed(2)} ${r.y.toFixed(2)} ${r.width.toFixed(2)} ${r.height.toFixed(2)}`;
    }),
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
  };
}

export function snapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(measurePage);
}

/** Waits for the content script's first full read (its user-timing mark). */
export async function untilHighlighted(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('figurelens:highlighted').length > 0, undefined, { timeout: 15_000 });
}

/** Names of our highlights in the registry, and every text they paint; runs in the page. */
export function readRegistry(): { names: string[]; texts: string[] } {
  const names = [...CSS.highlights.keys()].filter((n) => n.startsWith('figurelens-')).sort();
  const texts = names.flatMap((n) => [...CSS.highlights.get(n)!].map((r) => (r as Range).toString()));
  return { names, texts };
}

export function registry(page: Page): Promise<{ names: string[]; texts: string[] }> {
  return page.evaluate(readRegistry);
}

/** The centre of the first line box of the highlighted range showing `wanted`, or null; runs in the page. */
export function pointOf(wanted: string): { x: number; y: number } | null {
  for (const name of ['figurelens-money', 'figurelens-percent', 'figurelens-count']) {
    for (const r of CSS.highlights.get(name) ?? []) {
      if ((r as Range).toString() !== wanted) continue;
      const box = (r as Range).getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  }
  return null;
}

export async function figurePoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(pointOf, text);
  if (!point) throw new Error(`no highlight shows "${text}"`);
  return point;
}

/** Sends a TabMessage to the tab as the popup and the keyboard commands do. */
export function tellTab(session: Session, tabId: number, message: TabMessage): Promise<unknown> {
  return session.worker!.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
}

interface CdpNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = findNode(child, test);
    if (hit) return hit;
  }
  return null;
}

/** The hover card's markup (the element with role="tooltip" in our shadow root), or null when none is shown. */
export async function cardHtml(page: Page): Promise<string | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await cardHtmlOnce(page);
    } catch (error) {
      // The card re-rendered between reading the tree and reading the node.
      if (attempt === 5 || !String(error).includes('Could not find node')) throw error;
    }
  }
}

async function cardHtmlOnce(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => (n.attributes ?? []).includes('data-figurelens-card'));
    const card = host && findNode(host, (n) => (n.attributes ?? []).join(' ').includes('role tooltip'));
    if (!card) return null;
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: card.nodeId })) as { outerHTML: string };
    return outerHTML;
  } finally {
    await cdp.detach();
  }
}

/** Waits until the card shows (with `text` in it) or, with `null`, until none does. */
export async function untilCard(page: Page, text: string | null, timeoutMs = 5000): Promise<string | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const html = await cardHtml(page);
    if (text === null ? html === null : html?.includes(text)) return html;
    if (Date.now() > until) throw new Error(`card never ${text === null ? 'closed' : `showed "${text}"`}; last: ${html?.slice(0, 300)}`);
    await page.waitForTimeout(50);
  }
}

/** Clicks the toolbar button for the page's tab: what grants activeTab. Needs --enable-unsafe-extension-debugging. */
export async function clickToolbarButton(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: Array<{ type: string; url: string; targetId: string }>;
    };
    const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
}

/**
 * Whether the tab's content script is here, read in its isolated world as
 * utils/annotate's probe reads it: 'alive', 'none' (never came, or let go:
 * a site the reader turned off), or 'dead' (its context is gone).
 */
export async function scriptPresence(session: Session, tabId: number): Promise<'alive' | 'dead' | 'none'> {
  const [answer] = await session.worker!.evaluate(
    (id) =>
      chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const presence = (globalThis as unknown as Record<string, { alive?: () => boolean } | undefined>).__figurelens__;
          return presence ? (presence.alive?.() ? 'alive' : 'dead') : 'none';
        },
      }),
    tabId,
  );
  return answer?.result as 'alive' | 'dead' | 'none';
}

/** The reader's settings as stored, changed by `patch`. */
export async function patchSettings(session: Session, patch: Record<string, unknown>): Promise<void> {
  await session.worker!.evaluate(async (p) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...p } });
  }, patch);
}

export function storedSettings(session: Session): Promise<Record<string, unknown>> {
  return session.worker!.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}
