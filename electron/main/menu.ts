// Installs the application menu, wiring its items to the dialogs.
import { BrowserWindow, Menu } from 'electron'
import type { AppData } from './data'
import { backUpFromMenu, openDataFolder, restoreFromMenu, showAbout } from './dialogs'
import { menuTemplate } from './menu-template'

export function installMenu(data: AppData, isPackaged: boolean): void {
  const focused = () => BrowserWindow.getFocusedWindow()
  const template = menuTemplate(
    {
      backUp: () => void backUpFromMenu(data, focused()),
      restore: () => void restoreFromMenu(data, focused()),
      openDataFolder: () => void openDataFolder(data),
      about: () => void showAbout(focused())
    },
    { isMac: process.platform === 'darwin', isPackaged }
  )
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
