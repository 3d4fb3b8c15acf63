// Where the real-browser tests, the benchmark and the audit find Chromium: CHROME_PATH, then
// Debian's /usr/bin/chromium (and the usual other names). Never a downloaded browser.
import fs from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export const INSTALL_HINT =
  'Chromium was not found. Install it and the Chinese fonts with:\n' +
  '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
  'or point CHROME_PATH at an existing Chromium/Chrome binary.';
