// Confidential notes live in these files: the data folder is the owner's alone (0700) and every
// file in it is readable by the owner only (0600), on systems that have such modes.
import fs from 'node:fs'

const POSIX = process.platform !== 'win32'

/** Creates the folder if needed and makes it private. */
export function makePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
  if (POSIX) fs.chmodSync(folder, 0o700)
}

/**
 * Makes `file` private, creating it empty (which SQLite treats as a new database) when missing,
 * so it is never readable by others, not even for a moment. SQLite gives the -wal and -shm files
 * the mode of the main file.
 */
export function makePrivateFile(file: string): void {
  if (!fs.existsSync(file)) {
    fs.closeSync(fs.openSync(file, 'wx', 0o600))
  }
  if (POSIX) fs.chmodSync(file, 0o600)
}

/** Makes a file private if it exists (a WAL or shared-memory file beside the store). */
export function makePrivateIfPresent(file: string): void {
  if (POSIX && fs.existsSync(file)) fs.chmodSync(file, 0o600)
}
