// `npm run preview:web`: runs the app in a browser against a store in a folder, without Electron.
// The store is encrypted with a passphrase from --key-file or the PLL_KEY environment variable.
// It runs built (out/main/preview.js, plain Node, the store workers from out/main/storeWorker.js:
// no TypeScript loader in any thread, so far less memory) or from the source through tsx.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import v8 from 'node:v8'
import { startHarness } from './server'

// V8 favours memory over speed in this process's threads (set before the store workers start):
// with the 500-site sample, the server holds about 50 MB less after every screen, for some 20 to
// 40% more CPU on the largest programme-wide reads. The preview is a tool for trying the app and
// for tests, not the app itself (Electron leaves V8 as it is).
v8.setFlagsFromString('--optimize-for-size')

/** Built by electron-vite into out/main beside the store worker and out/renderer. */
const built = path.extname(__filename) === '.js'

/** The source tree's db/migrations: above the build (out/main), else in the working folder. */
function builtMigrationsFolder(): string {
  const isMigrations = (folder: string) => fs.existsSync(path.join(folder, 'meta', '_journal.json'))
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'db', 'migrations')
    if (isMigrations(candidate)) return candidate
    if (path.dirname(dir) === dir) break
  }
  const fromWorkingFolder = path.resolve('db', 'migrations')
  if (isMigrations(fromWorkingFolder)) return fromWorkingFolder
  throw new Error(
    'The migrations (db/migrations) were not found: run this from the project folder.'
  )
}

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.preview-data' },
    port: { type: 'string', default: '0' },
    'key-file': { type: 'string' }
  }
})

/** The passphrase: the key file's first line, else PLL_KEY; undefined when neither is given. */
function passphrase(): string | undefined {
  const keyFile = values['key-file']
  if (keyFile) {
    const text = fs.readFileSync(path.resolve(keyFile), 'utf8').split(/\r?\n/)[0]?.trim() ?? ''
    if (!text)
      throw new Error(`The key file ${keyFile} is empty: put the passphrase on its first line.`)
    return text
  }
  const fromEnvironment = process.env['PLL_KEY']?.trim()
  return fromEnvironment ? fromEnvironment : undefined
}

const dataFolder = path.resolve(values.data)
Promise.resolve()
  .then(() => {
    const storeKey = passphrase()
    return startHarness({
      dataFolder,
      rendererFolder: built
        ? path.resolve(__dirname, '../renderer')
        : path.resolve(__dirname, '../../out/renderer'),
      port: Number(values.port),
      ...(storeKey ? { storeKey } : {}),
      ...(built
        ? {
            migrationsFolder: builtMigrationsFolder(),
            workerFile: path.join(__dirname, 'storeWorker.js')
          }
        : {})
    }).then((harness) => ({ harness, encrypted: Boolean(storeKey) }))
  })
  .then(({ harness, encrypted }) => {
    console.log(`Partnership Learning Log (browser preview)`)
    console.log(`Data folder: ${dataFolder}`)
    console.log(
      encrypted
        ? 'The data file is encrypted with your passphrase.'
        : 'WARNING: the data is NOT encrypted. Give a passphrase with --key-file <file> or the ' +
            'PLL_KEY environment variable to encrypt it.'
    )
    console.log(`Open: ${harness.url}`)
    console.log(
      'Only this machine can reach it, and only with the token in the link. Ctrl+C stops it.'
    )
    const stop = () => void harness.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  .catch((error: Error) => {
    console.error(error.message)
    process.exit(1)
  })
