// Tries to fetch the Electron binary after install, and only warns when it cannot:
// build machines have no route to the download host, yet `npm ci` must stay green there.
const { spawnSync } = require('node:child_process')
const path = require('node:path')
const fs = require('node:fs')

const installer = path.join(__dirname, '..', 'node_modules', 'electron', 'install.js')
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD || !fs.existsSync(installer)) process.exit(0)
const result = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 120_000 })
if (result.status !== 0) {
  console.warn(
    'warning: the Electron binary could not be downloaded. Tests and the browser preview ' +
      '(npm run preview:web) work without it; `npm start` needs it.'
  )
}
