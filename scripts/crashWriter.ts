// The crash test's writer: opens the store and makes writes through dispatch as fast as it can,
// printing "ack <name>" only after each write has committed. The crash test kills it with
// SIGKILL at a random moment, so a line it printed is a promise the store must keep.
import fs from 'node:fs'
import { contextFor } from '../api/context'
import { dispatch } from '../api/dispatch'
import { openStore, sourceMigrationsFolder } from '../db/store'

const [file, key, run] = process.argv.slice(2)
if (!file || !key || !run) throw new Error('usage: crashWriter <store file> <key> <run number>')

const store = openStore({ file, key, migrationsFolder: sourceMigrationsFolder })
const ctx = contextFor(store)
// Synchronous writes to the pipe: an acknowledgement is never left in a buffer at the kill.
fs.writeSync(1, 'ready\n')
for (let n = 0; ; n++) {
  const name = `Run ${run} write ${n}`
  const result = dispatch('programmes.create', { name, startDate: '2026-01-05' }, ctx)
  if (!result.ok) {
    fs.writeSync(2, `${name} was refused: ${result.error.message}\n`)
    process.exit(2)
  }
  fs.writeSync(1, `ack ${name}\n`)
}
