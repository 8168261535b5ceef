// Renderer entry: data layer (TanStack Query over the API) and the hash router.
// The shared styles load first, so every feature's own stylesheet (loaded with it) comes after them.
import './app/tokens.css'
import './app/base.css'
import './app/controls.css'
import './app/content.css'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router'
import { router } from './app/routes'

const queryClient = new QueryClient({
  defaultOptions: {
    // The store is on this machine: no network to wait for, nothing to retry.
    queries: { networkMode: 'always', retry: false, refetchOnWindowFocus: false },
    mutations: { networkMode: 'always', retry: false }
  }
})

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
)
