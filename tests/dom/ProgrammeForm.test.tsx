import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ProgrammeForm } from '../../renderer/src/features/programmes/ProgrammeForm'
import { renderWithStore } from './support'

afterEach(cleanup)

describe('ProgrammeForm', () => {
  it('shows each problem beside its field and saves nothing until they are fixed', async () => {
    const onDone = vi.fn()
    const api = renderWithStore(<ProgrammeForm onDone={onDone} onCancel={() => {}} />)
    const user = userEvent.setup()

    await user.type(screen.getByLabelText(/Start date/), '2026-05-01')
    await user.type(screen.getByLabelText(/End date/), '2026-04-01')
    await user.click(screen.getByRole('button', { name: 'Create programme' }))

    const name = screen.getByLabelText(/Programme name/)
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText('Programme name is required')).toBeTruthy()
    expect(screen.getByText('End date must be on or after the start date')).toBeTruthy()
    expect(api.call('programmes.list', {})).toEqual([])

    await user.type(name, 'Ageing Well Together')
    await user.clear(screen.getByLabelText(/End date/))
    await user.click(screen.getByRole('button', { name: 'Create programme' }))
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce())
    const [programme] = api.call('programmes.list', {})
    expect(programme?.name).toBe('Ageing Well Together')
    expect(programme?.endDate).toBeNull()
    expect(onDone).toHaveBeenCalledWith(programme?.id)
    api.close()
  })
})
