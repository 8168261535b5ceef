// `npm run preview:web`: runs the app in a browser against a store in a folder, without Electron.
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startHarness } from './server'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.preview-data' },
    port: { type: 'string', default: '0' }
  }
})

const dataFolder = path.resolve(values.data)
startHarness({
  dataFolder,
  rendererFolder: path.resolve(__dirname, '../../out/renderer'),
  port: Number(values.port)
})
  .then((harness) => {
    console.log(`Partnership Learning Log (browser preview)`)
    console.log(`Data folder: ${dataFolder}`)
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
