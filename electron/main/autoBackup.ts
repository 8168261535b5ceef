// Automatic backups: one at start-up, then one a day (checked hourly, since a laptop sleeps
// through timers), each followed by pruning to the retention schedule. No Electron here.
import fs from 'node:fs'
import path from 'node:path'
import { automaticBackupName, parseBackupName, pruneBackups } from './retention'

export const CHECK_EVERY_MS = 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

export interface AutomaticBackupOutcome {
  saved: string
  deleted: string[]
}

/** True when no automatic backup was taken in the last 24 hours. */
export function isAutomaticBackupDue(names: readonly string[], now: Date): boolean {
  const newest = Math.max(
    -Infinity,
    ...names
      .map(parseBackupName)
      .filter((f) => f?.kind === 'auto')
      .map((f) => f!.takenAt.getTime())
  )
  return now.getTime() - newest >= DAY_MS
}

/** Writes an automatic backup with `backup` (a consistent copy), then prunes the folder. */
export async function automaticBackup(
  backup: (destination: string) => unknown,
  backupsFolder: string,
  now: Date
): Promise<AutomaticBackupOutcome> {
  const saved = path.join(backupsFolder, automaticBackupName(now))
  await backup(saved)
  return { saved, deleted: pruneBackups(backupsFolder, now) }
}

export interface Timers {
  setInterval(run: () => void, ms: number): unknown
  clearInterval(handle: unknown): void
}

/**
 * Takes the start-up backup, then checks hourly whether a day has passed. Failures go to
 * `report` (a backup that cannot be written must not stop the app). Returns a stop function.
 */
export function scheduleAutomaticBackups(
  backup: (destination: string) => unknown,
  backupsFolder: string,
  clock: () => Date,
  report: (error: Error) => void,
  timers: Timers = {
    setInterval: (run, ms) => setInterval(run, ms),
    clearInterval: (handle) => clearInterval(handle as NodeJS.Timeout)
  }
): () => void {
  const run = () =>
    automaticBackup(backup, backupsFolder, clock()).catch((error: Error) => report(error))
  void run()
  const handle = timers.setInterval(() => {
    const names = fs.existsSync(backupsFolder) ? fs.readdirSync(backupsFolder) : []
    if (isAutomaticBackupDue(names, clock())) void run()
  }, CHECK_EVERY_MS)
  return () => timers.clearInterval(handle)
}
