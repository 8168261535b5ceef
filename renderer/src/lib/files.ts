// Files in and out of the app, with one code path for Electron and the browser preview.
//
// Saving: the text goes into a Blob behind a temporary <a download> link. In the browser preview
// that is an ordinary download; in Electron, a download the main process does not redirect (no
// setSavePath in will-download) opens the native save dialog, named after `fileName`.
// Opening: an <input type="file">. In Electron clicking it opens the native open dialog; in the
// browser, the browser's file picker. Either way the renderer gets a File and reads it as text.
// So no extra IPC verbs are needed for review packs and comments files.

/** Offers `content` as a file called `fileName` (a save dialog in Electron, a download otherwise). */
export function downloadText(fileName: string, content: string, type = 'application/json'): void {
  offerBlob(fileName, new Blob([content], { type: `${type};charset=utf-8` }))
}

/** Offers binary content (a zip, a workbook) the same way as downloadText. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  // Copied into a plain ArrayBuffer-backed view: Blob takes no SharedArrayBuffer views.
  offerBlob(fileName, new Blob([new Uint8Array(bytes)], { type }))
}

function offerBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has its own copy once started; free the blob a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** The text of a file the user chose (UTF-8). */
export function readFileText(file: File): Promise<string> {
  return file.text()
}
