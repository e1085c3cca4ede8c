import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Unit tests sit beside what they test; browser tests (*.e2e.test.ts) have their own config.
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['**/*.e2e.test.ts', 'node_modules/**', '.output/**', '.wxt/**'],
    environment: 'node',
  },
});
