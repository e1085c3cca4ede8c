/**
 * The economic-news sites FigureLens runs on without being asked. Each host
 * covers its `www.` and other subdomains, over http and https.
 */
export const DEFAULT_SITES = [
  'lifeofguangzhou.com',
  'chinadaily.com.cn',
  'newsgd.com',
  'southcn.com',
  'gd.gov.cn',
  'news.cn',
  'xinhuanet.com',
  'globaltimes.cn',
  'ecns.cn',
  'scmp.com',
  'caixinglobal.com',
  'reuters.com',
  'ft.com',
  'bloomberg.com',
  'cnbc.com',
  'economist.com',
] as const;

export type SiteHost = string;

/** `*://*.host/*` matches the host itself and every subdomain, http and https. */
export function matchPatternFor(host: SiteHost): string {
  return `*://*.${host}/*`;
}

export const DEFAULT_MATCHES: string[] = DEFAULT_SITES.map(matchPatternFor);

/** Whether `hostname` is `host` or one of its subdomains. */
export function hostMatches(hostname: string, host: SiteHost): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  return h === host || h.endsWith(`.${host}`);
}
