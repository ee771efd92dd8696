// How every browser test in the repository launches Chromium: Debian's own (apt-get install
// chromium), never one a tool downloads, headless and without the background services that
// would reach for the network.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
