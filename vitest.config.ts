import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // Fixture trees hold test files of the projects they imitate; those are linted, not run.
          exclude: ['tests/e2e/**', '**/node_modules/**', 'tests/fixtures/**', 'tests/real-code/projects/**'],
          setupFiles: ['tests/setup.ts'],
          testTimeout: 30_000,
        },
      },
      // `npm run test:scan` only: every installed dependency file, linted with every rule (minutes).
      ...(process.env.CORS_SCAN ? [{ test: { name: 'scan', include: ['tests/robustness/**/*.scan.ts'], testTimeout: 3_600_000 } }] : []),
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
