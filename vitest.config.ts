import { defineConfig } from 'vitest/config';

// Three projects: the pure core ('unit') runs in seconds; 'golden' builds small data folders
// and compares them with test/output/build (test/golden/build.test.ts); 'site' builds the
// portal once from DATA_DIR (test/helpers/build-site.ts) and then reads the HTML and drives
// Chromium. 'site' runs after the other two (sequence.groupOrder) so that no two builds share
// the working tree's caches at once.
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
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**', 'test/browser/**', 'test/package/**', 'test/golden/**', '**/node_modules/**'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'golden', include: ['test/golden/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/package/**/*.test.ts'],
          globalSetup: ['test/helpers/build-site.ts'],
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
