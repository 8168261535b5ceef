// The main process's hold on the one data file: where it lives, the open store and API context,
// and backing up or restoring it; no Electron here, so tests drive it on real files.
import path from 'node:path'
import { contextFor, type ApiContext } from '../../api/context'
import { dispatchAsync } from '../../api/dispatch'
import type { ApiResult } from '../../api/result'
import { backupStore, openStore, type Store } from '../../db/store'
import { isDataFileOrCompanion, restoreFromBackup, type RestoreOutcome } from './backups'

export interface DataLocation {
  /** The folder "Open data folder" shows. */
  folder: string
  file: string
  backupsFolder: string
  migrationsFolder: string
}

export function dataLocation(userData: string, migrationsFolder: string): DataLocation {
  return {
    folder: userData,
    file: path.join(userData, 'partnership-log.sqlite'),
    backupsFolder: path.join(userData, 'backups'),
    migrationsFolder
  }
}

export class AppData {
  #open: { store: Store; ctx: ApiContext } | null = null

  constructor(
    readonly location: DataLocation,
    private readonly now: () => Date = () => new Date()
  ) {}

  get isOpen(): boolean {
    return this.#open !== null
  }

  /** Opens the store; throws StoreDamagedError (or another Error) when it cannot. */
  open(): void {
    if (this.#open) return
    const store = openStore({
      file: this.location.file,
      migrationsFolder: this.location.migrationsFolder,
      backupsFolder: this.location.backupsFolder,
      now: this.now
    })
    this.#open = { store, ctx: contextFor(store, this.now) }
  }

  close(): void {
    this.#open?.store.close()
    this.#open = null
  }

  call(name: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!this.#open) {
      return Promise.resolve({
        ok: false,
        error: { code: 'internal', message: 'The data file is not open. Restart the app.' }
      })
    }
    return dispatchAsync(name, input, this.#open.ctx)
  }

  /** Writes a consistent copy to `destination` and returns its full path. */
  backupTo(destination: string): string {
    if (!this.#open) throw new Error('The data file is not open, so it cannot be backed up.')
    // backupStore replaces an existing destination, which here would delete the live data.
    if (isDataFileOrCompanion(destination, this.location.file)) {
      throw new Error('A backup cannot be saved over the data file itself. Choose another name.')
    }
    const target = path.resolve(destination)
    backupStore(this.#open.store.sqlite, target)
    return target
  }

  /**
   * Replaces the data with a backup (see restoreFromBackup) and opens the result. On a refusal
   * the original data is reopened if it can be and the RestoreRefusedError is rethrown.
   */
  restore(chosenFile: string): RestoreOutcome {
    this.close()
    let outcome: RestoreOutcome
    try {
      outcome = restoreFromBackup(
        this.location.file,
        chosenFile,
        this.location.backupsFolder,
        this.location.migrationsFolder,
        this.now()
      )
    } catch (error) {
      try {
        this.open()
      } catch {
        // The original would not open before either (a damaged file being replaced); the
        // refusal is what the person needs to read.
      }
      throw error
    }
    this.open()
    return outcome
  }
}
