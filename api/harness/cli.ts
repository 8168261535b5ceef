// `npm run preview:web`: runs the app in a browser against a store in a folder, without Electron.
// The store is encrypted with a passphrase from --key-file or the PLL_KEY environment variable.
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startHarness } from './server'

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
      rendererFolder: path.resolve(__dirname, '../../out/renderer'),
      port: Number(values.port),
      ...(storeKey ? { storeKey } : {})
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
