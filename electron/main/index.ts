// The Electron main process: locks down every web page, opens the data, wires IPC with sender
// checks, and shows the one window.
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  ipcMain,
  session,
  type IpcMainInvokeEvent,
  type WebContents
} from 'electron'
import type { ApiResult } from '../../api/result'
import type { BackupOutcome, BridgeChannel } from '../preload/bridge'
import { appPageUrl } from './appProtocol'
import { registerAppScheme, serveAppScheme } from './appProtocolHandler'
import { AppData, dataLocation } from './data'
import { openDataAtStartup } from './dialogs'
import { installMenu } from './menu'
import { saveReportPdf } from './reportPdf'
import { keyAtStartup, startAutomaticBackups } from './startup'
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  isTrustedRendererUrl,
  windowOptions
} from './security'

// Only an unpackaged app may load from a dev server; a packaged one ignores the variable, so
// nothing in the environment can point the app at another page.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const rendererFolder = join(__dirname, '../renderer')
const preloadFile = join(__dirname, '../preload/index.js')

const isTrusted = (url: string) => isTrustedRendererUrl(url, devServerUrl)

function migrationsFolder(): string {
  // electron-builder.yml copies db/migrations to resources/migrations.
  return app.isPackaged
    ? join(process.resourcesPath, 'migrations')
    : join(app.getAppPath(), 'db', 'migrations')
}

function assertTrustedSender(event: IpcMainInvokeEvent): void {
  const url = event.senderFrame?.url
  if (!url || !isTrusted(url)) {
    throw new Error("Refused: the request did not come from the app's own page.")
  }
}

function hardenSession(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  // Pages from the dev server get the policy here; app:// answers carry it themselves.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          devServerUrl ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY
        ]
      }
    })
  })
}

function serveRenderer(): void {
  // The built page comes from app://renderer/, never file://, so it can read no other file.
  if (!devServerUrl) serveAppScheme(rendererFolder, CONTENT_SECURITY_POLICY)
}

function hardenContents(contents: WebContents): void {
  const blockUntrusted = (event: { url: string; preventDefault(): void }) => {
    if (!isTrusted(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', blockUntrusted)
  contents.on('will-frame-navigate', blockUntrusted)
  contents.on('will-redirect', blockUntrusted)
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function registerIpc(data: AppData): void {
  const call: BridgeChannel = 'api:call'
  ipcMain.handle(
    call,
    async (event, name: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      assertTrustedSender(event)
      if (typeof name !== 'string') {
        return { ok: false, error: { code: 'unknown_verb', message: 'The verb name is missing.' } }
      }
      return await data.call(name, input)
    }
  )
  const reportPdf: BridgeChannel = 'shell:saveReportPdf'
  ipcMain.handle(
    reportPdf,
    (event, reportId: unknown, fileName: unknown): Promise<BackupOutcome> => {
      assertTrustedSender(event)
      if (typeof reportId !== 'string' || typeof fileName !== 'string') {
        throw new Error('Refused: a report and a file name are needed.')
      }
      const page = { preloadFile, load: loadRendererPage }
      return saveReportPdf(
        data,
        BrowserWindow.fromWebContents(event.sender),
        page,
        reportId,
        fileName
      )
    }
  )
}

/** Loads the app's own page at a route (the part after #). */
function loadRendererPage(window: BrowserWindow, hash = ''): Promise<void> {
  return devServerUrl
    ? window.loadURL(hash ? `${devServerUrl}#${hash}` : devServerUrl)
    : window.loadURL(appPageUrl(hash))
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadFile))
  window.once('ready-to-show', () => window.show())
  void loadRendererPage(window)
  return window
}

function start(): void {
  const location = dataLocation(app.getPath('userData'), migrationsFolder())
  let data: AppData | null = null
  let stopBackups = () => {}
  let mainWindow: BrowserWindow | null = null

  app.on('web-contents-created', (_event, contents) => hardenContents(contents))

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('will-quit', () => {
    stopBackups()
    void data?.close()
  })

  void app.whenReady().then(async () => {
    hardenSession()
    serveRenderer()
    // safeStorage works only once the app is ready, so the key (and the data) wait for it.
    const unlocked = await keyAtStartup(location)
    if (!unlocked) {
      app.quit()
      return
    }
    const opened = new AppData(location, undefined, unlocked.key, join(__dirname, 'storeWorker.js'))
    data = opened
    if (!(await openDataAtStartup(opened))) {
      app.quit()
      return
    }
    stopBackups = startAutomaticBackups(opened)
    registerIpc(opened)
    installMenu(opened, app.isPackaged)
    mainWindow = createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
    })
  })
}

app.enableSandbox()
registerAppScheme()
// One app instance per data file: a second launch hands over to the first and exits.
if (app.requestSingleInstanceLock()) start()
else app.quit()
