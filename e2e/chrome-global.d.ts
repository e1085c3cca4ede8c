// Code passed to page.evaluate / worker.evaluate runs inside Chromium, where
// the extension API is the global `chrome`.
declare const chrome: typeof import('@wxt-dev/browser').browser;
