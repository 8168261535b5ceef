// Debian's Chromium, headless, as the end-to-end tests and the benches drive it: no sandbox (the
// runs are root), and none of its background connections, which this machine's closed network
// refuses (see the tool library's machines/node.md). CHROMIUM_PATH points at another build.
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}
