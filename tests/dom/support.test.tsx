// The DOM support's clean-up between tests: the second test checks what the first one left.
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { TestApi } from '../support/store'
import { renderWithStore } from './support'

let first: TestApi | undefined

// The two tests run in order (vitest runs a file's tests one after another unless told otherwise).
describe('renderWithStore', () => {
  it('gives the page a bridge to an open, migrated store', () => {
    first = renderWithStore(<p>Drawn</p>)
    expect(screen.getByText('Drawn')).toBeTruthy()
    expect(first.store.sqlite.open).toBe(true)
    expect(window.api).toBeDefined()
    expect(first.call('programmes.list', {})).toEqual([])
  })

  it('leaves nothing behind: the page unmounted, the store closed, the bridge gone', () => {
    expect(first?.store.sqlite.open).toBe(false)
    expect(window.api).toBeUndefined()
    expect(screen.queryByText('Drawn')).toBeNull()
  })
})
