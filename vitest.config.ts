import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'eval/**/*.test.ts',
      'web/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    testTimeout: 30_000,
  },
});
