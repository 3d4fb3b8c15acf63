// Runs before `npm test`: the real-browser tests need Chromium and CJK fonts. Where they are
// missing and we are root with apt, install Debian's packages; otherwise stop with a message that
// says exactly what to install. Tests are never skipped silently.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

const hasFonts = () => {
  try {
    return /Noto Sans CJK/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
  } catch {
    return fs.existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
  }
};

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = fs.existsSync('/usr/bin/apt-get');
const missing = [];
if (!findChromium()) missing.push('chromium');
if (!hasFonts()) missing.push('fonts-noto-cjk');

if (missing.length > 0) {
  if (process.env.CHROME_PATH && missing.includes('chromium')) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.\n${INSTALL_HINT}`);
    process.exit(1);
  }
  if (isRoot && hasApt) {
    console.log(`Installing Debian packages for the browser tests: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  } else if (missing.includes('chromium')) {
    console.error(INSTALL_HINT);
    process.exit(1);
  } else {
    console.warn('Noto CJK fonts are missing: tests run, but Chinese will render as boxes in screenshots.\n  sudo apt-get install -y fonts-noto-cjk');
  }
}
const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Chromium for the real-browser tests: ${chromium}`);
