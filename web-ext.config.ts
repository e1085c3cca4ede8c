import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser with the extension on the sample article.
// CHROMIUM_PATH points WXT at an installed Chromium (e.g. /usr/bin/chromium);
// FIREFOX_PATH at a Firefox for `npm run dev:firefox`.
export default defineWebExtConfig({
  startUrls: ['https://www.lifeofguangzhou.com/content/202501/16/170602_54776028.htm'],
  binaries: {
    ...(process.env.CHROMIUM_PATH ? { chrome: process.env.CHROMIUM_PATH } : {}),
    ...(process.env.FIREFOX_PATH ? { firefox: process.env.FIREFOX_PATH } : {}),
  },
  chromiumArgs: ['--no-first-run'],
});
