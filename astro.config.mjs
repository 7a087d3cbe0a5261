// @ts-check
import { defineConfig } from 'astro/config';

// The build is fully static: every page, chart and download is written at build time.
export default defineConfig({
  output: 'static',
  site: process.env.SITE_URL || 'https://example.org',
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
