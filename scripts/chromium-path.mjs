// Where the headless browser for tests, benchmarks and story checks lives.
// CHROME_PATH wins; otherwise the Debian package's binary.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath = candidates.find((path) => path && existsSync(path));

// Chromium runs as root in CI and on a closed network: no sandbox, no background traffic.
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Test files run side by side in background tabs; without these, a background tab gets no
  // animation frames and throttled timers, and tests that wait for a frame hang.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
