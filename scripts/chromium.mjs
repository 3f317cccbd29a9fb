// How every test launches Debian's Chromium (installed by scripts/ensure-chromium.sh): one
// place for the path and the flags, shared by web-test-runner and the end-to-end tests.

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** --no-sandbox: CI runs as root. The rest keep Chromium off this machine's closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
