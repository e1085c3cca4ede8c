/**
 * The reader's settings: their shape, defaults and the rules that read them.
 * Stored by utils/settings.ts (a versioned WXT storage item); this module is
 * pure so the background, content script and options page agree on meaning.
 */
import type { CurrencyCode, FigureKind } from './figure';
import { DEFAULT_SITES, hostMatches } from './sites';

export type HighlightStyle = 'background' | 'underline' | 'outline';

export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['background', 'underline', 'outline'];

export interface KindLook {
  /** A CSS colour, "#rrggbb". */
  color: string;
  style: HighlightStyle;
}

/** How the popup lists figures: as they come in the page, or in sections by kind. */
export type ListOrder = 'page' | 'kind';

export type RatesSource = 'embedded' | 'ecb-daily';

export interface Settings {
  /** ISO 4217 code, or 'auto' to follow the browser's locale. */
  readerCurrency: CurrencyCode | 'auto';
  /** BCP 47 tag for number formatting, or 'auto' to follow the UI language. */
  numberLocale: string | 'auto';
  /** Default news sites the reader turned off. */
  disabledSites: string[];
  /** Sites the reader added (each granted through optional host permissions). */
  userSites: string[];
  /** Sites where the reader turned highlights off (figures are still summarised). */
  highlightsOffSites: string[];
  looks: Record<FigureKind, KindLook>;
  /** 'embedded': the ECB table shipped with the extension; 'ecb-daily': also refresh daily rates from the ECB. */
  rates: RatesSource;
  /** Since v2: the popup's last choice between page order and grouping by kind. */
  listOrder: ListOrder;
}

/** The optional host permission that the 'ecb-daily' choice needs: asked for only when the reader chooses it. */
export const ECB_ORIGINS = ['https://www.ecb.europa.eu/*'];

/** The storage item's version: bump it with a migration in utils/settings.ts. */
/** Where the settings live in `storage.local`. */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = {
  readerCurrency: 'auto',
  numberLocale: 'auto',
  disabledSites: [],
  userSites: [],
  highlightsOffSites: [],
  looks: {
    money: { color: '#ffc400', style: 'background' },
    percent: { color: '#40aaff', style: 'background' },
    count: { color: '#3cc878', style: 'background' },
    quantity: { color: '#b47cff', style: 'background' },
  },
  rates: 'embedded',
  listOrder: 'page',
};

/** The site entry (default or user-added) that covers `hostname`, if any. */
export function siteFor(settings: Settings, hostname: string): string | undefined {
  return [...DEFAULT_SITES, ...settings.userSites].find((host) => hostMatches(hostname, host));
}

/** Whether FigureLens runs by itself on pages of `hostname`. */
export function runsOn(settings: Settings, hostname: string): boolean {
  const site = siteFor(settings, hostname);
  return site !== undefined && !settings.disabledSites.includes(site);
}

/** Whether highlights are shown on `hostname` (the per-site switch). */
export function highlightsOn(settings: Settings, hostname: string): boolean {
  return !settings.highlightsOffSites.some((host) => hostMatches(hostname, host));
}

/**
 * The bare host a site entry is stored as: "https://www.Example.com/news" and
 * "www.example.com" both become "example.com", so `hostMatches` covers the
 * site and all its subdomains. Undefined for what is not a host name.
 */
export function siteHost(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  if (!host) return undefined;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '').replace(/^www\./, '');
  // At least one dot and only host-name characters: "localhost" or "a b" are not news sites.
  if (!/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || host.length > 253) return undefined;
  return host;
}

/**
 * A change to the settings, applied to what storage holds when it is saved
 * (not to a page's copy of them), so a change made elsewhere meanwhile (the
 * popup's list order, a site's highlights, a site the worker added) is kept.
 */
export type SettingsChange = (current: Settings) => Settings;

/**
 * The settings with `site` among the reader's sites. A site newly added is
 * also switched on; one already listed is left as it is. The same rule as
 * the worker's when a site's permission is granted, so whichever of the two
 * writes first, the other changes nothing.
 */
export function withUserSite(settings: Settings, site: string): Settings {
  if (settings.userSites.includes(site)) return settings;
  return { ...settings, userSites: [...settings.userSites, site], disabledSites: settings.disabledSites.filter((s) => s !== site) };
}

/** The settings to use with `site` switched on (true) or off among the default sites. */
export function withDefaultSite(settings: Settings, site: string, on: boolean): Settings {
  const rest = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on ? rest : [...rest, site] };
}

/** The settings to use with highlights switched on or off for `site`. */
export function withHighlights(settings: Settings, site: string, on: boolean): Settings {
  const rest = settings.highlightsOffSites.filter((s) => !hostMatches(site, s));
  return { ...settings, highlightsOffSites: on ? rest : [...rest, site] };
}

/**
 * The highlight switch for a page at `hostname`, as the reader flips it: it is
 * remembered for the site that covers the host (a default or reader's site),
 * else for the host's own site ("www.ft.com" → "ft.com").
 */
export function withHighlightsFor(settings: Settings, hostname: string, on: boolean): Settings {
  return withHighlights(settings, siteFor(settings, hostname) ?? siteHost(hostname) ?? hostname, on);
}

// ---- reading what storage holds ----

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hosts(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const item of v) {
    const host = typeof item === 'string' ? siteHost(item) : undefined;
    if (host) out.add(host);
  }
  return [...out];
}

function look(v: unknown, fallback: KindLook): KindLook {
  if (!isRecord(v)) return fallback;
  const color = typeof v.color === 'string' && /^#[0-9a-f]{6}$/i.test(v.color) ? v.color.toLowerCase() : fallback.color;
  const style = HIGHLIGHT_STYLES.includes(v.style as HighlightStyle) ? (v.style as HighlightStyle) : fallback.style;
  return { color, style };
}

/**
 * Settings from whatever storage holds: each field checked, a missing or
 * broken one replaced by its default. Storage is shared with every version
 * of the extension the reader ever ran, and with hand edits in devtools.
 */
export function settingsFrom(stored: unknown): Settings {
  const v = isRecord(stored) ? stored : {};
  const d = DEFAULT_SETTINGS;
  const looks = isRecord(v.looks) ? v.looks : {};
  return {
    readerCurrency:
      typeof v.readerCurrency === 'string' && /^([A-Z]{3}|auto)$/.test(v.readerCurrency) ? v.readerCurrency : d.readerCurrency,
    numberLocale: typeof v.numberLocale === 'string' && /^(auto|[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/.test(v.numberLocale) ? v.numberLocale : d.numberLocale,
    disabledSites: hosts(v.disabledSites),
    userSites: hosts(v.userSites),
    highlightsOffSites: hosts(v.highlightsOffSites),
    looks: {
      money: look(looks.money, d.looks.money),
      percent: look(looks.percent, d.looks.percent),
      count: look(looks.count, d.looks.count),
      quantity: look(looks.quantity, d.looks.quantity),
    },
    rates: v.rates === 'ecb-daily' ? 'ecb-daily' : 'embedded',
    listOrder: v.listOrder === 'kind' ? 'kind' : 'page',
  };
}

/** The settings as version 1 stored them (commit a9db4fb): no list order, site entries as typed. */
export type SettingsV1 = Omit<Settings, 'listOrder'>;

/**
 * v1 → v2. Version 1 kept site entries as they were typed, so "www.ft.com"
 * or "https://example.com/" never matched a page's host name (hostMatches
 * compares bare hosts); version 2 stores bare hosts and adds the popup's list
 * order.
 */
export function migrateSettingsV1(v1: unknown): Settings {
  return settingsFrom({ ...(isRecord(v1) ? v1 : {}), listOrder: DEFAULT_SETTINGS.listOrder });
}
