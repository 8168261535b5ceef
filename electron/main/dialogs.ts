// The native dialogs behind the menu and the shell verbs: back up, restore, open the data
// folder, about, and what to do when the data file will not open.
import path from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  shell,
  type MessageBoxOptions,
  type OpenDialogOptions,
  type SaveDialogOptions
} from 'electron'
import { StoreDamagedError } from '../../db/store'
import type { BackupOutcome } from '../preload/bridge'
import { BackupLockedError, backupFileName, RestoreRefusedError } from './backups'
import { keyOpens } from './dataKey'
import { recoveryKeyFor } from './startup'
import type { AppData } from './data'
import { APP_TITLE } from './security'

const sqliteFilter = { name: `${APP_TITLE} backup`, extensions: ['sqlite'] }

// Dialogs attach to a window when there is one, so they are modal to it rather than floating.
function messageBox(parent: BrowserWindow | null, options: MessageBoxOptions) {
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)
}
export function saveDialog(parent: BrowserWindow | null, options: SaveDialogOptions) {
  return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options)
}
function openDialog(parent: BrowserWindow | null, options: OpenDialogOptions) {
  return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options)
}

/** Asks where to save a copy of the data and writes it; rejects if writing fails. */
async function backUpWithDialog(
  data: AppData,
  parent: BrowserWindow | null
): Promise<BackupOutcome> {
  const { canceled, filePath } = await saveDialog(parent, {
    title: 'Back up data',
    defaultPath: path.join(app.getPath('documents'), backupFileName(new Date())),
    buttonLabel: 'Save backup',
    filters: [sqliteFilter],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  })
  if (canceled || !filePath) return { cancelled: true }
  return { saved: await data.backupTo(filePath) }
}

/** The menu's version: the renderer is not involved, so the outcome is reported here. */
export async function backUpFromMenu(data: AppData, parent: BrowserWindow | null): Promise<void> {
  try {
    const outcome = await backUpWithDialog(data, parent)
    if ('saved' in outcome) {
      await messageBox(parent, {
        type: 'info',
        message: 'Backup saved',
        detail: `A copy of all your data was saved to ${outcome.saved}. Keep it somewhere safe: it holds confidential notes.`
      })
    }
  } catch (error) {
    dialog.showErrorBox('The backup could not be saved', (error as Error).message)
  }
}

/**
 * Picks a backup, confirms, and restores it (keeping a safety copy of the current data).
 * Reports refusals and failures itself; returns whether the data was replaced.
 */
export async function restoreWithDialog(
  data: AppData,
  parent: BrowserWindow | null
): Promise<boolean> {
  const { canceled, filePaths } = await openDialog(parent, {
    title: 'Restore from backup',
    defaultPath: data.location.backupsFolder,
    buttonLabel: 'Restore',
    filters: [sqliteFilter, { name: 'All files', extensions: ['*'] }],
    properties: ['openFile']
  })
  const chosen = filePaths[0]
  if (canceled || !chosen) return false
  const { response } = await messageBox(parent, {
    type: 'warning',
    buttons: ['Replace current data', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `Replace the current data with ${path.basename(chosen)}?`,
    detail:
      'Everything now in the app will be replaced by the contents of this backup. A safety ' +
      `copy of the current data will be kept in the backups folder (${data.location.backupsFolder}).`
  })
  if (response !== 0) return false
  try {
    const { safetyCopy } = await restoreUnlocking(data, chosen, parent)
    await messageBox(parent, {
      type: 'info',
      message: 'Backup restored',
      detail: safetyCopy
        ? `The data it replaced was saved as ${safetyCopy}.`
        : 'There was no earlier data to keep.'
    })
    return true
  } catch (error) {
    if (error instanceof RestoreRefusedError) {
      await messageBox(parent, {
        type: 'error',
        message: 'Backup not restored',
        detail: error.message
      })
    } else {
      dialog.showErrorBox(
        'The backup could not be restored',
        `${(error as Error).message}\n\nThe data you had before is kept in ${data.location.backupsFolder}.`
      )
    }
    return false
  }
}

/**
 * Restores with the app's own key; a backup from another computer (or an older key) is then
 * opened with a recovery key the person types. Cancelling the prompt rethrows the refusal.
 */
async function restoreUnlocking(data: AppData, chosen: string, parent: BrowserWindow | null) {
  try {
    return await data.restore(chosen)
  } catch (error) {
    if (!(error instanceof BackupLockedError)) throw error
    const key = await recoveryKeyFor(
      `${path.basename(chosen)} was encrypted with another key, on another computer or before this one was made.`,
      (k) => keyOpens(chosen, k),
      parent
    )
    if (!key) throw error
    return await data.restore(chosen, [key])
  }
}

/** The menu's version: reloads every window onto the restored data, or quits if none opens. */
export async function restoreFromMenu(data: AppData, parent: BrowserWindow | null): Promise<void> {
  const restored = await restoreWithDialog(data, parent)
  if (!data.isOpen) {
    app.quit()
    return
  }
  if (restored) {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.reload()
  }
}

export async function openDataFolder(data: AppData): Promise<void> {
  const problem = await shell.openPath(data.location.folder)
  if (problem) dialog.showErrorBox('The data folder could not be opened', problem)
}

export async function showAbout(parent: BrowserWindow | null): Promise<void> {
  await messageBox(parent, {
    type: 'info',
    title: `About ${APP_TITLE}`,
    message: `${APP_TITLE} ${app.getVersion()}`,
    detail:
      'Your data stays on this computer. It is kept in one file in the data folder ' +
      '(File > Open data folder) and is never sent anywhere. Use File > Back up data… to keep ' +
      'a copy somewhere safe.'
  })
}

/**
 * Opens the data at start-up. A damaged file can be replaced from a backup on the spot, since
 * the app cannot run to offer it later. Returns false when the app should quit.
 */
export async function openDataAtStartup(data: AppData): Promise<boolean> {
  for (;;) {
    try {
      data.open()
      return true
    } catch (error) {
      const message = (error as Error).message
      if (!(error instanceof StoreDamagedError)) {
        dialog.showErrorBox(`${APP_TITLE} cannot open its data`, message)
        return false
      }
      const { response } = await dialog.showMessageBox({
        type: 'error',
        buttons: ['Restore from backup…', 'Quit'],
        defaultId: 0,
        cancelId: 1,
        message: 'The data file is damaged',
        detail: message
      })
      if (response !== 0) return false
      await restoreWithDialog(data, null)
    }
  }
}
