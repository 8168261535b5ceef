// The application menu as a plain template, so its shape is unit-tested without Electron.
import type { MenuItemConstructorOptions } from 'electron'
import { APP_TITLE } from './security'

export interface MenuActions {
  backUp(): void
  restore(): void
  openDataFolder(): void
  about(): void
}

export interface MenuPlatform {
  isMac: boolean
  /** Developer tools stay out of the packaged app. */
  isPackaged: boolean
}

export function menuTemplate(
  actions: MenuActions,
  platform: MenuPlatform
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Back up data…', accelerator: 'CmdOrCtrl+Shift+B', click: () => actions.backUp() },
      { label: 'Restore from backup…', click: () => actions.restore() },
      { label: 'Open data folder', click: () => actions.openDataFolder() },
      { type: 'separator' },
      // macOS quits from the app menu; its File menu closes the window instead.
      platform.isMac ? { role: 'close' } : { role: 'quit' }
    ]
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(platform.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' }
    ]
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: `About ${APP_TITLE}`, click: () => actions.about() }]
  }
  return [
    ...(platform.isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help
  ]
}
