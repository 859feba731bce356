import { chromiumPath } from './chromium-path.mjs';

if (!chromiumPath) {
  console.error(
    'No Chromium found: install it (Debian: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
