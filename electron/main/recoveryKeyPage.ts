// The small page that asks for a recovery key: plain HTML with its own strict policy, no preload
// and no IPC. It hands the typed key back by setting the page title, which the main process
// reads and cancels (so the title is never shown). No Electron here, so it is unit-tested.
import { createHash } from 'node:crypto'

export const SUBMIT_PREFIX = 'recovery-key:'
export const CANCEL_TITLE = 'recovery-key-cancelled'

const SCRIPT = `
const form = document.getElementById('form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  document.title = ${JSON.stringify(SUBMIT_PREFIX)} + document.getElementById('key').value;
});
document.getElementById('cancel').addEventListener('click', () => {
  document.title = ${JSON.stringify(CANCEL_TITLE)};
});`

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The page, with a policy allowing only its own script (by hash) and inline styles. */
export function recoveryKeyPage(reason: string, problem?: string): string {
  const hash = createHash('sha256').update(SCRIPT).digest('base64')
  const policy = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'`
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<title>Enter your recovery key</title>
<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 24px; color: #1d1d1b; background: #f7f7f5; }
h1 { font-size: 18px; margin: 0 0 8px; }
input { font: 16px ui-monospace, monospace; width: 100%; box-sizing: border-box; padding: 8px; letter-spacing: 1px; }
.problem { color: #a4262c; font-weight: 600; }
.buttons { margin-top: 16px; display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 6px 16px; }
</style></head>
<body><form id="form">
<h1>Enter your recovery key</h1>
<p>${escapeHtml(reason)}</p>
<p>Type the recovery key you were shown when the data was first encrypted (9 groups of 4 letters and digits; dashes and spaces do not matter).</p>
${problem ? `<p class="problem" role="alert">${escapeHtml(problem)}</p>` : ''}
<label for="key">Recovery key</label>
<input id="key" name="key" autocomplete="off" spellcheck="false" autofocus required>
<div class="buttons"><button type="button" id="cancel">Cancel</button><button type="submit">Open</button></div>
</form><script>${SCRIPT}</script></body></html>`
}

/** What a title change means: the typed key, a cancel, or nothing of ours (undefined). */
export function answerFromTitle(title: string): string | null | undefined {
  if (title === CANCEL_TITLE) return null
  return title.startsWith(SUBMIT_PREFIX) ? title.slice(SUBMIT_PREFIX.length) : undefined
}
