// Start-up glue for encryption and automatic backups: safeStorage as the key protector, the
// recovery key shown once, asked for when the key is lost. The decisions are in dataKey.ts.
import path from 'node:path'
import { clipboard, dialog, safeStorage, type BrowserWindow } from 'electron'
import { formatRecoveryKey, parseRecoveryKey, RecoveryKeyError } from '../../db/storeKey'
import { scheduleAutomaticBackups } from './autoBackup'
import type { AppData, DataLocation } from './data'
import {
  KEY_FILE_NAME,
  keyOpens,
  recoveryKeyReason,
  startupKey,
  writeDataKey,
  type KeyProtector
} from './dataKey'
import { askForRecoveryKey } from './keyPrompt'
import { APP_TITLE } from './security'

/** Electron's safeStorage; Linux's "basic_text" fallback (a fixed password) does not count. */
export function safeStorageProtector(): KeyProtector {
  return {
    isAvailable: () =>
      safeStorage.isEncryptionAvailable() &&
      !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (sealed) => safeStorage.decryptString(sealed)
  }
}

/** The key to open the data with ({} for none), or null when the app should quit. */
export async function keyAtStartup(location: DataLocation): Promise<{ key?: string } | null> {
  const protector = safeStorageProtector()
  const keyFile = path.join(location.folder, KEY_FILE_NAME)
  const decision = startupKey(keyFile, location.file, protector)
  switch (decision.kind) {
    case 'kept':
      return { key: decision.key }
    case 'new':
      if (!(await showRecoveryKey(decision.key, decision.encryptsExisting))) return null
      writeDataKey(keyFile, decision.key, protector)
      return { key: decision.key }
    case 'unavailable':
      return (await continueUnencrypted()) ? {} : null
    case 'needsRecoveryKey': {
      const key = await recoveryKeyFor(recoveryKeyReason(decision.reason), (k) =>
        keyOpens(location.file, k)
      )
      if (key && protector.isAvailable()) writeDataKey(keyFile, key, protector)
      return key ? { key } : null
    }
  }
}

/**
 * Asks until a typed recovery key is well formed and `opens` accepts it; null when the person
 * cancels.
 */
export async function recoveryKeyFor(
  reason: string,
  opens: (dataKey: string) => boolean,
  parent?: BrowserWindow | null
): Promise<string | null> {
  let problem: string | undefined
  for (;;) {
    const typed = await askForRecoveryKey(reason, problem, parent)
    if (typed === null) return null
    try {
      const key = parseRecoveryKey(typed)
      if (opens(key)) return key
      problem = 'That recovery key does not open this data. Check it against the one you kept.'
    } catch (error) {
      if (!(error instanceof RecoveryKeyError)) throw error
      problem = error.message
    }
  }
}

/** Shown once, when the key is made; true when the person says they have kept it. */
async function showRecoveryKey(key: string, encryptsExisting: boolean): Promise<boolean> {
  const recoveryKey = formatRecoveryKey(key)
  for (;;) {
    const { response } = await dialog.showMessageBox({
      type: 'info',
      title: `${APP_TITLE}: your recovery key`,
      message: `Your recovery key:\n\n${recoveryKey}`,
      detail:
        `${encryptsExisting ? 'Your data will now be encrypted on this computer. ' : 'Your data is encrypted on this computer. '}` +
        'Keep this recovery key somewhere safe and away from this computer: write it down, or ' +
        'keep it in a password manager. It opens your data and every backup on another ' +
        "computer, or here if this computer's key store is lost. Anyone holding it and a copy of " +
        'your data can read your notes. It is shown only this once.',
      buttons: ['I have kept it safe', 'Copy to clipboard', 'Quit'],
      defaultId: 0,
      cancelId: 2,
      noLink: true
    })
    if (response === 1) {
      clipboard.writeText(recoveryKey)
      continue
    }
    return response === 0
  }
}

async function continueUnencrypted(): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: APP_TITLE,
    message: 'Your data cannot be encrypted on this computer',
    detail:
      "The system's key store is not available (on Linux: no keyring such as GNOME Keyring or " +
      'KWallet is running), so the app has nowhere safe to keep an encryption key. If you go ' +
      'on, your data is kept unencrypted, readable by anyone with this computer. Start a ' +
      'keyring and reopen the app to encrypt it.',
    buttons: ['Continue without encryption', 'Quit'],
    defaultId: 1,
    cancelId: 1,
    noLink: true
  })
  return response === 0
}

/** Backs up at start-up and daily; the first failure is reported, later ones only logged. */
export function startAutomaticBackups(data: AppData): () => void {
  let reported = false
  return scheduleAutomaticBackups(
    (destination) => data.backupTo(destination),
    data.location.backupsFolder,
    () => new Date(),
    (error) => {
      console.error('Automatic backup failed', error)
      if (reported) return
      reported = true
      dialog.showErrorBox(
        'The automatic backup could not be saved',
        `${error.message}\n\nYour data is safe; use File > Back up data… to save a copy by hand.`
      )
    }
  )
}
