// Test-time only (Node). One vitest project per environment, mirroring the source layers.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Crypto (PBKDF2, signing) and PDF work run several seconds on a loaded two-core machine.
      { test: { name: 'shared', environment: 'node', include: ['test/shared/**/*.test.ts', 'test/config/**/*.test.ts'], testTimeout: 30_000 } },
      {
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts'],
        },
      },
      { test: { name: 'electron', environment: 'node', include: ['test/electron/**/*.test.ts'] } },
      {
        plugins: [react()],
        define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
        test: { name: 'hostile', environment: 'node', include: ['test/hostile/**/*.test.{ts,tsx}'], testTimeout: 60_000 },
      },
      { test: { name: 'cli', environment: 'node', include: ['test/cli/**/*.test.ts'], testTimeout: 180_000, fileParallelism: false } },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
