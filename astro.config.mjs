// @ts-check
// This repository's own portal is the first adopter of the integration it publishes: the
// same one line as an office's astro.config.mjs (examples/county/), with the data folder
// taken from DATA_DIR so that every command can build another folder.
import { defineConfig } from 'astro/config';
import luoshi from 'luoshi';

export default defineConfig({
  integrations: [luoshi({ dataDir: process.env.DATA_DIR || 'data' })],
});
