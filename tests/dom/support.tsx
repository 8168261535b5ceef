// DOM test support: the renderer's client talks to a real migrated in-memory store through a
// window.api bridge that calls the same dispatch as Electron IPC.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { dispatch } from '../../api/dispatch'
import { testApi, type TestApi } from '../node/support'

export function renderWithStore(ui: ReactElement): TestApi {
  const api = testApi()
  window.api = {
    call: async (name, input) => dispatch(name, input, api.ctx),
    backupData: async () => ({ cancelled: true }),
    saveReportPdf: async () => ({ cancelled: true })
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>)
  return api
}
