import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './electron/main/security'

/** The dev server needs a looser policy (inline refresh preamble, websocket); builds keep the strict one. */
const devContentSecurityPolicy: Plugin = {
  name: 'dev-content-security-policy',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY)
}

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The store runs in worker threads off the main process's event loop (api/worker).
          storeWorker: resolve(__dirname, 'api/worker/storeWorker.ts'),
          // The browser preview's server (npm run preview:web), run by plain Node from the build.
          preview: resolve(__dirname, 'api/harness/cli.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      // electron-vite leaves the renderer unminified; minified, the first screen parses sooner.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } }
    },
    plugins: [react(), devContentSecurityPolicy]
  }
})
