// `npm run electronegativity`: scans the Electron main and preload sources and the built renderer
// offline (the Electron version given, `got` made to fail at once), writes SARIF reports to
// test-artifacts/, then fails on any finding of level error (see check.cjs).
const { execFileSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '../..')
const cli = require.resolve('@doyensec/electronegativity/dist/index.js', { paths: [root] })
const electronVersion = require(path.join(root, 'node_modules/electron/package.json')).version
const reports = path.join(root, 'test-artifacts')
fs.mkdirSync(reports, { recursive: true })

const inputs = [
  ['electron', 'electronegativity-electron.sarif'],
  ['out/renderer', 'electronegativity-renderer.sarif']
]
const written = []
for (const [input, name] of inputs) {
  if (!fs.existsSync(path.join(root, input))) {
    console.error(`Nothing to scan at ${input}: run \`npm run build\` first.`)
    process.exit(1)
  }
  const output = path.join(reports, name)
  fs.rmSync(output, { force: true })
  execFileSync(
    process.execPath,
    [
      '-r',
      path.join(__dirname, 'offline.cjs'),
      cli,
      '-i',
      input,
      '-e',
      electronVersion,
      '-o',
      output
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
  )
  written.push(output)
}
execFileSync(process.execPath, [path.join(__dirname, 'check.cjs'), ...written], {
  stdio: 'inherit'
})
