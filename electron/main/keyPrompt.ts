// Asks for a recovery key in a small window (Electron has no native text-entry dialog).
import { BrowserWindow } from 'electron'
import { answerFromTitle, recoveryKeyPage } from './recoveryKeyPage'
import { APP_TITLE } from './security'

/** Resolves with what the person typed, or null when they cancel or close the window. */
export function askForRecoveryKey(
  reason: string,
  problem?: string,
  parent?: BrowserWindow | null
): Promise<string | null> {
  return new Promise((resolve) => {
    const window = new BrowserWindow({
      width: 560,
      height: 430,
      useContentSize: true,
      resizable: false,
      minimizable: false,
      show: false,
      title: `${APP_TITLE}: recovery key`,
      ...(parent ? { parent, modal: true } : {}),
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        spellcheck: false
      }
    })
    window.setMenuBarVisibility(false)
    let answer: string | null = null
    window.on('page-title-updated', (event, title) => {
      const given = answerFromTitle(title)
      if (given === undefined) return
      event.preventDefault()
      answer = given
      window.close()
    })
    window.once('ready-to-show', () => window.show())
    window.once('closed', () => resolve(answer))
    const html = recoveryKeyPage(reason, problem)
    void window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
  })
}
