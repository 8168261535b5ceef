// The preload: exposes window.api to the renderer. A sandboxed preload can only require
// 'electron', so nothing else is imported at run time.
import { contextBridge, ipcRenderer } from 'electron'
import type { ApiBridge, BridgeChannel } from './bridge'

const callChannel: BridgeChannel = 'api:call'
const reportPdfChannel: BridgeChannel = 'shell:saveReportPdf'

// Wrapped in arrow functions so the page never gets a handle on ipcRenderer itself.
const api: ApiBridge = {
  call: (name, input) => ipcRenderer.invoke(callChannel, name, input),
  saveReportPdf: (reportId, fileName) => ipcRenderer.invoke(reportPdfChannel, reportId, fileName)
}

contextBridge.exposeInMainWorld('api', api)
