// DOM test support: the renderer's client talks to a real migrated in-memory store through a
// window.api bridge that calls the same dispatch as Electron IPC.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach } from 'vitest'
import { dispatch } from '../../api/dispatch'
import { testApi, type TestApi } from '../support/store'

const opened: { api: TestApi; client: QueryClient }[] = []

// After each test: unmount what it drew first (so nothing asks the store again), then empty the
// query cache and close the store, and take the bridge away so no test sees another's data.
afterEach(() => {
  cleanup()
  for (const { api, client } of opened.splice(0)) {
    client.clear()
    api.close()
  }
  delete window.api
})

/** Renders `ui` over a fresh store; given a function, seeds the store through it first. */
export function renderWithStore(ui: ReactElement | ((api: TestApi) => ReactElement)): TestApi {
  const api = testApi()
  window.api = {
    call: async (name, input) => dispatch(name, input, api.ctx),
    saveReportPdf: async () => ({ cancelled: true })
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  opened.push({ api, client })
  const element = typeof ui === 'function' ? ui(api) : ui
  render(<QueryClientProvider client={client}>{element}</QueryClientProvider>)
  return api
}
