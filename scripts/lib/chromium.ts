// How the project's tools and tests start Debian's Chromium (/usr/bin/chromium) headless on this
// machine: without the background-networking flags it keeps dialling out to a closed network.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
