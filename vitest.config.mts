import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Generous for a loaded CI machine; speed itself is measured by `npm run bench`.
          testTimeout: 30_000,
          include: ['tests/node/**/*.test.ts']
        }
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['tests/dom/**/*.test.tsx']
        }
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A busy machine can take longer than a second to re-render; a real failure still fails.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false
        }
      }
    ]
  }
})
