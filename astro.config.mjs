// @ts-check
// This repository's own portal is the first adopter of the integration it publishes: the
// same one line as an office's astro.config.mjs (examples/county/), with the data folder
// taken from DATA_DIR so that every command can build another folder. PARALLEL_PAGES=N renders
// pages in N worker threads (to measure it: PARALLEL_PAGES=2 npm run bench; docs/performance.md).
import { defineConfig } from 'astro/config';
import luoshi from 'luoshi';

const workers = Number(process.env.PARALLEL_PAGES || 0);

export default defineConfig({
  integrations: [luoshi({ dataDir: process.env.DATA_DIR || 'data', parallelPages: workers > 0 ? workers : false })],
});
