import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the production build (npm run test:e2e builds first).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['e2e/global-setup.ts'],
  },
});
