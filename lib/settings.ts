/**
 * The reader's settings: their shape, defaults and the rules that read them.
 * Stored by utils/settings.ts (a versioned WXT storage item); this module is
 * pure so the background, content script and options page agree on meaning.
 */
import type { CurrencyCode, FigureKind } from './figure';
import { DEFAULT_SITES, hostMatches } from './sites';

export type HighlightStyle = 'background' | 'underline' | 'outline';

export interface KindLook {
  /** A CSS colour, "#rrggbb". */
  color: string;
  style: HighlightStyle;
}

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
  rates: 'embedded' | 'ecb-daily';
}

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
  },
  rates: 'embedded',
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
