// Which copies in the backups folder to keep: 7 daily and 4 weekly automatic backups, copies
// taken before a restore, an upgrade or encryption for 7 days, and nothing older than 35 days,
// so text deleted in the app is gone from every backup 35 days later.
import fs from 'node:fs'
import path from 'node:path'
import { fileStamp } from '../../db/names'

export const RETENTION = { daily: 7, weekly: 4, safetyCopyDays: 7, maxAgeDays: 35 } as const

export type BackupKind = 'auto' | 'before-restore' | 'before-upgrade' | 'before-encryption'

export interface BackupFile {
  name: string
  kind: BackupKind
  takenAt: Date
}

const DAY_MS = 24 * 60 * 60 * 1000
// The names fileStamp() and db/store.ts write: kind-2026-11-21T10-00-00-000Z.sqlite, with an
// -unreadable copy of a damaged file and a -wal beside either.
const NAME =
  /^(auto|before-restore|before-upgrade|before-encryption)-(\d{4}-\d\d-\d\dT\d\d)-(\d\d)-(\d\d)-(\d{3})Z(-unreadable)?\.sqlite(-wal)?$/

/** The kind and time of a backup the app wrote, or null for any other file (left alone). */
export function parseBackupName(name: string): BackupFile | null {
  const match = NAME.exec(name)
  if (!match) return null
  const [, kind, hour, minute, second, ms] = match
  const takenAt = new Date(`${hour}:${minute}:${second}.${ms}Z`)
  if (Number.isNaN(takenAt.getTime())) return null
  return { name, kind: kind as BackupKind, takenAt }
}

/** The file name of an automatic backup taken at `now`. */
export function automaticBackupName(now: Date): string {
  return `auto-${fileStamp(now)}.sqlite`
}

/** The person's own calendar day, and the Monday starting their week, as YYYY-MM-DD. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
function localWeek(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate())
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7))
  return localDay(monday)
}

/** The newest backup in each of the `count` most recent periods that have one. */
function newestPerPeriod(files: BackupFile[], period: (d: Date) => string, count: number) {
  const kept = new Set<string>()
  const seen = new Set<string>()
  for (const file of files) {
    const key = period(file.takenAt)
    if (seen.has(key)) continue
    if (seen.size === count) break
    seen.add(key)
    kept.add(file.name)
  }
  return kept
}

/** The names (from `names`) that the schedule says to delete at `now`. */
export function backupsToDelete(names: readonly string[], now: Date): string[] {
  const files = names
    .map(parseBackupName)
    .filter((f): f is BackupFile => f !== null)
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  const mainFiles = files.filter((f) => !f.name.endsWith('-wal'))
  const automatic = mainFiles.filter((f) => f.kind === 'auto')
  const keep = new Set([
    ...newestPerPeriod(automatic, localDay, RETENTION.daily),
    ...newestPerPeriod(automatic, localWeek, RETENTION.weekly),
    ...mainFiles
      .filter((f) => f.kind !== 'auto')
      .filter((f) => now.getTime() - f.takenAt.getTime() <= RETENTION.safetyCopyDays * DAY_MS)
      .map((f) => f.name)
  ])
  for (const file of mainFiles) {
    if (now.getTime() - file.takenAt.getTime() > RETENTION.maxAgeDays * DAY_MS) {
      keep.delete(file.name)
    }
  }
  // A WAL goes with its file.
  return files
    .filter((f) => !keep.has(f.name.replace(/-wal$/, '')))
    .map((f) => f.name)
    .sort()
}

/** Deletes what the schedule no longer keeps; returns the names deleted. */
export function pruneBackups(backupsFolder: string, now: Date): string[] {
  if (!fs.existsSync(backupsFolder)) return []
  const doomed = backupsToDelete(fs.readdirSync(backupsFolder), now)
  for (const name of doomed) fs.rmSync(path.join(backupsFolder, name), { force: true })
  return doomed
}
