// Debian's Chromium driven by playwright-core. Tests that need it call `chromiumPath()`
// and skip, saying why, when the machine has none.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | undefined {
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export const noChromiumReason =
  'Chromium not found (install Debian\'s package: apt-get install -y chromium); browser tests skipped.';

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(noChromiumReason);
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
