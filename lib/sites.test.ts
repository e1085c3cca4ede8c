import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHES, hostMatches } from './sites';

describe('default sites', () => {
  it('match the host, www. and other subdomains over http and https', () => {
    expect(DEFAULT_MATCHES).toContain('*://*.lifeofguangzhou.com/*');
    expect(hostMatches('www.lifeofguangzhou.com', 'lifeofguangzhou.com')).toBe(true);
    expect(hostMatches('lifeofguangzhou.com', 'lifeofguangzhou.com')).toBe(true);
    expect(hostMatches('epaper.chinadaily.com.cn', 'chinadaily.com.cn')).toBe(true);
    expect(hostMatches('WWW.FT.COM.', 'ft.com')).toBe(true);
  });
  it('do not match look-alike hosts', () => {
    expect(hostMatches('notft.com', 'ft.com')).toBe(false);
    expect(hostMatches('ft.com.evil.test', 'ft.com')).toBe(false);
  });
});
