/**
 * Builds the scan CLI into one plain ES module, .output/cli/scan.mjs, so a
 * scan starts without a TypeScript compiler (`npm run scan` builds it when a
 * source is newer; `npm run build:cli` builds it on demand). Packages stay
 * external: node_modules is there wherever the repo is.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  logLevel: 'warn',
  // The UI words are imported as JSON; nothing from public/ is copied.
  publicDir: false,
  plugins: [preact()],
  resolve: { alias: { '@/': root } },
  build: {
    ssr: 'scripts/scan.ts',
    outDir: '.output/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'scan.mjs', format: 'es' } },
  },
});
