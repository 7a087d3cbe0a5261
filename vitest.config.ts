import { defineConfig } from 'vitest/config';

// Two projects: the pure core ('unit') runs in seconds; 'site' builds the portal once from
// DATA_DIR (test/helpers/build-site.ts) and then reads the HTML and drives Chromium.
export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    testTimeout: 60_000,
    // GitHub's workflow parser imports its schema JSON without an import attribute, which Node
    // refuses; bundled by Vite, it loads (test/deploy/workflows.test.ts).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**', 'test/browser/**', 'test/package/**', '**/node_modules/**'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/package/**/*.test.ts'],
          globalSetup: ['test/helpers/build-site.ts'],
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
