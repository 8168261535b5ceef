// The retention schedule (exact files kept for given dates), automatic backups on real files,
// and the hourly check for a day-old backup.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sourceMigrationsFolder } from '../../db/store'
import {
  automaticBackup,
  CHECK_EVERY_MS,
  isAutomaticBackupDue,
  scheduleAutomaticBackups
} from '../../electron/main/autoBackup'
import { AppData, dataLocation } from '../../electron/main/data'
import {
  automaticBackupName,
  backupsToDelete,
  parseBackupName,
  pruneBackups
} from '../../electron/main/retention'

// Noon local time, so a backup's day is the same in every time zone the tests run in.
const at = (day: string, hour = 12) => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y!, m! - 1, d!, hour)
}
const auto = (day: string, hour = 12) => automaticBackupName(at(day, hour))
const stamp = (day: string) => automaticBackupName(at(day)).replace(/^auto-/, '')

let tmp: string
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-retention-'))
})
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }))

describe('backup names', () => {
  it('reads back the kind and time of every copy the app writes, and nothing else', () => {
    const taken = at('2026-11-21', 9)
    expect(parseBackupName(automaticBackupName(taken))).toEqual({
      name: automaticBackupName(taken),
      kind: 'auto',
      takenAt: taken
    })
    expect(
      parseBackupName('before-restore-2026-11-21T10-00-00-000Z-unreadable.sqlite')
    ).toMatchObject({
      kind: 'before-restore',
      takenAt: new Date('2026-11-21T10:00:00.000Z')
    })
    expect(parseBackupName('my own copy.sqlite')).toBeNull()
    expect(parseBackupName('auto-2026-11-21.sqlite')).toBeNull()
  })
})

describe('the retention schedule: 7 daily, 4 weekly, safety copies 7 days, nothing past 35 days', () => {
  it('keeps the newest of each of the last 7 days and of the last 4 weeks, exactly', () => {
    // Saturday 2026-11-21; one backup a day for 40 days, two on the 21st.
    const days = Array.from({ length: 40 }, (_, i) => {
      const d = at('2026-11-21')
      d.setDate(d.getDate() - i)
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    const names = [...days.map((d) => auto(d)), auto('2026-11-21', 8)]
    const now = at('2026-11-21', 13)

    const deleted = backupsToDelete(names, now)
    const kept = names.filter((n) => !deleted.includes(n)).sort()

    expect(kept).toEqual(
      [
        // Daily: 15th to 21st (the 21st's later backup only).
        ...['2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'],
        '2026-11-21',
        // Weekly (weeks start on Monday): the newest of each of the last 4 weeks, the 21st
        // and the 15th already kept as daily ones, then Sunday the 8th and Sunday the 1st.
        '2026-11-08',
        '2026-11-01'
      ]
        .map((d) => auto(d))
        .sort()
    )
    expect(deleted).toContain(auto('2026-11-21', 8))
    expect(deleted).toContain(auto('2026-10-25'))
  })

  it('deletes safety copies after 7 days and everything after 35, leaving other files alone', () => {
    const now = at('2026-11-21')
    const names = [
      `before-restore-${stamp('2026-11-15')}`,
      `before-restore-${stamp('2026-11-13')}`,
      `before-upgrade-${stamp('2026-11-15')}`,
      `before-upgrade-${stamp('2026-11-10')}`,
      `before-encryption-${stamp('2026-11-20')}`,
      `before-restore-${stamp('2026-11-01')}`.replace('.sqlite', '-unreadable.sqlite'),
      `before-restore-${stamp('2026-11-01')}`.replace('.sqlite', '-unreadable.sqlite-wal'),
      // The app was not used for two months: the only automatic backup is older than 35 days.
      auto('2026-09-10'),
      'my own copy.sqlite'
    ]
    expect(backupsToDelete(names, now)).toEqual(
      [
        `before-restore-${stamp('2026-11-13')}`,
        `before-upgrade-${stamp('2026-11-10')}`,
        `before-restore-${stamp('2026-11-01')}`.replace('.sqlite', '-unreadable.sqlite'),
        `before-restore-${stamp('2026-11-01')}`.replace('.sqlite', '-unreadable.sqlite-wal'),
        auto('2026-09-10')
      ].sort()
    )
  })

  it('prunes the folder on disk', () => {
    const folder = path.join(tmp, 'backups')
    fs.mkdirSync(folder)
    for (const name of [auto('2026-11-20'), auto('2026-09-01'), 'keep me.txt']) {
      fs.writeFileSync(path.join(folder, name), 'x')
    }
    expect(pruneBackups(folder, at('2026-11-21'))).toEqual([auto('2026-09-01')])
    expect(fs.readdirSync(folder).sort()).toEqual([auto('2026-11-20'), 'keep me.txt'].sort())
    expect(pruneBackups(path.join(tmp, 'none'), at('2026-11-21'))).toEqual([])
  })
})

describe('automatic backups', () => {
  it('is due when no automatic backup is a day old or newer', () => {
    const now = at('2026-11-21', 12)
    expect(isAutomaticBackupDue([], now)).toBe(true)
    expect(isAutomaticBackupDue([`before-restore-${stamp('2026-11-21')}`], now)).toBe(true)
    expect(isAutomaticBackupDue([auto('2026-11-20', 13)], now)).toBe(false)
    expect(isAutomaticBackupDue([auto('2026-11-20', 12)], now)).toBe(true)
  })

  it('writes a consistent copy of the open data, then prunes the old ones', async () => {
    const key = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789'
    const data = new AppData(
      dataLocation(path.join(tmp, 'userData'), sourceMigrationsFolder),
      undefined,
      key
    )
    data.open()
    try {
      const folder = data.location.backupsFolder
      fs.mkdirSync(folder, { recursive: true })
      fs.writeFileSync(path.join(folder, auto('2026-09-01')), 'old')
      const now = at('2026-11-21')

      const outcome = await automaticBackup((to) => data.backupTo(to), folder, now)

      expect(outcome).toEqual({
        saved: path.join(folder, automaticBackupName(now)),
        deleted: [auto('2026-09-01')]
      })
      expect(fs.readdirSync(folder)).toEqual([automaticBackupName(now)])
      expect(fs.readFileSync(outcome.saved).subarray(0, 15).toString()).not.toBe('SQLite format 3')
    } finally {
      await data.close()
    }
  })

  it('backs up at start-up, then hourly checks for a day-old backup, reporting failures', async () => {
    const folder = path.join(tmp, 'backups')
    let now = at('2026-11-21', 9)
    const written: string[] = []
    const failures: string[] = []
    let tick: (() => void) | undefined
    const stop = scheduleAutomaticBackups(
      (to) => {
        if (written.length === 2) throw new Error('disk full')
        fs.mkdirSync(folder, { recursive: true })
        fs.writeFileSync(to, 'copy')
        written.push(path.basename(to))
      },
      folder,
      () => now,
      (error) => failures.push(error.message),
      {
        setInterval: (run, ms) => {
          expect(ms).toBe(CHECK_EVERY_MS)
          tick = run
          return 1
        },
        clearInterval: () => (tick = undefined)
      }
    )
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(written).toEqual([automaticBackupName(at('2026-11-21', 9))])
    now = at('2026-11-21', 20)
    tick?.()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(written).toHaveLength(1)
    now = at('2026-11-22', 10)
    tick?.()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(written).toEqual([automaticBackupName(at('2026-11-21', 9)), automaticBackupName(now)])
    now = at('2026-11-23', 11)
    tick?.()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(failures).toEqual(['disk full'])
    stop()
    expect(tick).toBeUndefined()
  })
})
