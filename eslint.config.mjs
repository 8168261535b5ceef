import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import prettier from 'eslint-config-prettier'

// The layers (README, "How it is built"). Patterns match import paths, so `**/api/contract`
// means the root api/ folder's contract wherever it is imported from.
const restrict = (...patterns) => ['error', { patterns }]
const layer = (group, message, allowTypeImports = false) => ({ group, message, allowTypeImports })
const notInRenderer = 'The renderer reaches the store only through window.api (renderer/src/api).'
const notBelowApi = 'db/ and domain/ do not depend on the layers above them.'

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-artifacts/**', 'db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/dom/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: { ...reactHooks.configs.recommended.rules }
  },
  {
    files: ['**/*.{ts,mts,cjs,mjs}'],
    ignores: ['renderer/**'],
    languageOptions: { globals: globals.node }
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  {
    // House rules: no file over 300 lines and no function over 80 (blank lines and comments aside).
    files: ['{api,db,domain,electron,renderer,scripts}/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }]
    }
  },
  {
    // The renderer imports only the shared schemas, the pure rules and the contract's types.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        layer(
          ['**/api/contract', '**/api/result', '**/electron/preload/bridge'],
          notInRenderer,
          true
        ),
        layer(
          [
            '**/api/*',
            '!**/api/schemas',
            '!**/api/contract',
            '!**/api/result',
            '!**/api/hooks',
            '!**/api/client',
            '!**/api/pages',
            '**/api/features/**',
            '**/api/reports/**',
            '**/api/worker/**',
            '**/api/harness/**',
            '**/db/**',
            '**/electron/**',
            '!**/electron/preload/bridge',
            'better-sqlite3',
            'drizzle-orm',
            'drizzle-orm/*',
            'node:*'
          ],
          notInRenderer
        )
      )
    }
  },
  {
    // db/: the schema, migrations and every SQL statement; it knows nothing of the API or screens.
    files: ['db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        layer(['**/api/**', '**/renderer/**', '**/electron/**'], notBelowApi)
      )
    }
  },
  {
    // domain/: pure rules (no store, no clock, no I/O). It may name the types of the rows and
    // schemas it works over, nothing else above it.
    files: ['domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        layer(['**/db/queries/*', '**/api/schemas/*'], notBelowApi, true),
        layer(
          [
            '**/api/**',
            '!**/api/schemas/*',
            '**/db/**',
            '!**/db/queries/*',
            '**/renderer/**',
            '**/electron/**',
            'better-sqlite3',
            'drizzle-orm',
            'drizzle-orm/*'
          ],
          notBelowApi
        )
      )
    }
  },
  {
    // Handlers and the report builder validate and orchestrate: the SQL is in db/queries.
    files: ['api/features/**/*.ts', 'api/reports/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        layer(
          ['drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', '**/db/schema', '**/db/schema/*'],
          'Handlers call named functions in db/queries; every SQL statement lives in db/.'
        )
      )
    }
  },
  {
    // The preload exposes window.api and nothing else: it imports only electron (and types).
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        layer(
          ['**/api/**', '**/db/**', '**/domain/**', '**/renderer/**'],
          'The preload imports only electron.',
          true
        ),
        layer(
          ['node:*', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
          'The preload imports only electron.'
        )
      )
    }
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  prettier
)
