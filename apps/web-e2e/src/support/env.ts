import path from 'node:path';

/** The running instance under test; the journeys do not start a server themselves. */
export const baseUrl = (
  process.env['E2E_BASE_URL'] ?? 'http://127.0.0.1:3000'
).replace(/\/+$/, '');

/** Debian's Chromium (`apt-get install -y chromium`); Playwright's own download is not used. */
export const chromiumPath =
  process.env['E2E_CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const screenshotDir =
  process.env['E2E_SCREENSHOT_DIR'] ??
  path.resolve(__dirname, '..', '..', '..', '..', 'tmp', 'e2e-screenshots');
