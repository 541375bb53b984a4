import { defineConfig } from 'vitest/config';

/**
 * Four tiers, all run by `npm test`: unit (no network), integration (DynamoDB Local + SES
 * emulator started by the global setup), infra (CDK templates + cdk-nag), browser (Chromium
 * against the whole local system).
 */
export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['test/infra/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // The first render of a page can take over a second while the other tiers load both
          // cores; polls in browser tests wait up to 10 s instead of vitest's default 1 s.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
