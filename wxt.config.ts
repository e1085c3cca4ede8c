import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEFAULT_MATCHES } from './lib/sites';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // WXT's content-script context speaks to the page (our id in a postMessage) and stops on a page event:
    // its entry gets an inert stand-in, and the content script keeps its own life (entrypoints/content/lifetime.ts).
    resolve: {
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./entrypoints/content/inert-wxt-context.ts', import.meta.url)) }],
    },
  }),
  // Parallel builds (several engineers, benchmarks) each get their own output folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // The Firefox sources zip is for reviewers rebuilding the extension: no run artefacts or screenshots.
  zip: { excludeSources: ['demo-output/**', '.tmp/**', 'test-results/**', 'docs/**/*.png'] },
  hooks: {
    // Firefox MV2: an event page, not a persistent background page, so Firefox unloads it when idle as
    // Chromium stops an idle MV3 worker — one lifecycle for both, tested in both (tab-store keeps
    // the figures in storage.session for exactly that).
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.manifest_version === 2 && manifest.background) manifest.background.persistent = false;
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'FigureLens',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: "Annotate this page" on a site that is not a default one, without broad host access.
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: DEFAULT_MATCHES,
    // Asked for one origin at a time: a site the reader adds ("Always on this site"), and the ECB when
    // the reader chooses daily rates. Never granted at install.
    // MV2 (Firefox) has no optional_host_permissions: origins go in optional_permissions there.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleHighlights__',
      },
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextFigure__',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousFigure__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'figurelens@figurelens.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
