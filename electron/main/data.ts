// The main process's hold on the one data file: where it lives, the store workers that answer
// every call (api/worker), and backing up or restoring it; no Electron here, so tests drive it on
// real files.
import path from 'node:path'
import type { ApiResult } from '../../api/result'
import { StoreWorkers } from '../../api/worker/storeWorkers'
import { DATA_FILE_NAME } from '../../db/names'
import { openStore } from '../../db/store'
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
    file: path.join(userData, DATA_FILE_NAME),
    backupsFolder: path.join(userData, 'backups'),
    migrationsFolder
  }
}

export class AppData {
  /** The store workers answering calls; a promise while they start. */
  #workers: Promise<StoreWorkers> | null = null

  constructor(
    readonly location: DataLocation,
    private readonly now: () => Date = () => new Date(),
    /** The data key (see db/storeKey.ts); without one the file stays plain SQLite. */
    private readonly key?: string,
    /** The built store worker (Electron); tests leave it to StoreWorkers' default. */
    private readonly workerFile?: string
  ) {}

  get isOpen(): boolean {
    return this.#workers !== null
  }

  /**
   * Checks, upgrades (and encrypts) the data file, then hands it to the store workers, so no
   * query ever runs on the main process's event loop while a window is open. Throws
   * StoreDamagedError (or another Error) when the file cannot be opened. The check itself runs
   * here, once, before any window exists, so a damaged file is reported before the app starts.
   */
  open(): void {
    if (this.#workers) return
    openStore(this.storeOptions()).close()
    const workers = StoreWorkers.start({
      file: this.location.file,
      migrationsFolder: this.location.migrationsFolder,
      backupsFolder: this.location.backupsFolder,
      ...(this.key ? { key: this.key } : {}),
      ...(this.workerFile ? { workerFile: this.workerFile } : {})
    })
    // A failure surfaces on the next call; kept from being an unhandled rejection meanwhile.
    workers.catch(() => undefined)
    this.#workers = workers
  }

  async close(): Promise<void> {
    const workers = this.#workers
    this.#workers = null
    if (workers) await (await workers.catch(() => null))?.close()
  }

  async call(name: string, input: unknown): Promise<ApiResult<unknown>> {
    if (!this.#workers) {
      return {
        ok: false,
        error: { code: 'internal', message: 'The data file is not open. Restart the app.' }
      }
    }
    try {
      return await (await this.#workers).call(name, input)
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: (error as Error).message } }
    }
  }

  /** Writes a consistent copy to `destination` (by the store's writer) and returns its full path. */
  async backupTo(destination: string): Promise<string> {
    if (!this.#workers) throw new Error('The data file is not open, so it cannot be backed up.')
    // The copy replaces an existing destination, which here would delete the live data.
    if (isDataFileOrCompanion(destination, this.location.file)) {
      throw new Error('A backup cannot be saved over the data file itself. Choose another name.')
    }
    const target = path.resolve(destination)
    await (await this.#workers).backup(target)
    return target
  }

  /**
   * Replaces the data with a backup (see restoreFromBackup) and opens the result. On a refusal
   * the original data is reopened if it can be and the RestoreRefusedError is rethrown.
   */
  async restore(chosenFile: string, recovered: readonly string[] = []): Promise<RestoreOutcome> {
    await this.close()
    let outcome: RestoreOutcome
    try {
      outcome = restoreFromBackup(
        this.location.file,
        chosenFile,
        this.location.backupsFolder,
        this.location.migrationsFolder,
        this.now(),
        { ...(this.key ? { current: this.key } : {}), recovered }
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

  private storeOptions() {
    return {
      file: this.location.file,
      migrationsFolder: this.location.migrationsFolder,
      backupsFolder: this.location.backupsFolder,
      now: this.now,
      ...(this.key ? { key: this.key } : {})
    }
  }
}
