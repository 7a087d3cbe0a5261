// @ts-check
import { defineConfig } from 'astro/config';
import luoshi from 'luoshi';

export default defineConfig({ integrations: [luoshi()] });
