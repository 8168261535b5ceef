// A form's draft kept in localStorage is offered back only when it has the shape the app wrote
// (a date and an object of values); restoring fills the fields; anything else is ignored quietly.
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { useFormDraft } from '../../renderer/src/components/FormDraft'

const KEY = 'partnership-log:draft:test-form'

function DraftedForm() {
  const form = useForm<{ purpose: string }>({ defaultValues: { purpose: '' } })
  const { offer } = useFormDraft('test-form', form)
  return (
    <form>
      {offer}
      <label>
        Purpose <input {...form.register('purpose')} />
      </label>
    </form>
  )
}

afterEach(() => {
  cleanup()
  window.localStorage.clear()
})

describe('useFormDraft', () => {
  it('offers a stored draft and restores its values', () => {
    window.localStorage.setItem(
      KEY,
      JSON.stringify({ savedAt: '2026-11-20T09:30:00.000Z', values: { purpose: 'Plan winter' } })
    )
    render(<DraftedForm />)
    expect(screen.getByRole('region', { name: 'Unsaved draft' }).textContent).toMatch(
      /unsaved draft of this form from 20 Nov 2026/
    )
    fireEvent.click(screen.getByRole('button', { name: 'Restore the draft' }))
    expect(screen.getByLabelText<HTMLInputElement>('Purpose').value).toBe('Plan winter')
    expect(screen.queryByRole('region', { name: 'Unsaved draft' })).toBeNull()
  })

  it('keeps what is typed as a draft, and ignores stored text of any other shape', () => {
    render(<DraftedForm />)
    fireEvent.change(screen.getByLabelText('Purpose'), { target: { value: 'Falls' } })
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? '{}')).toMatchObject({
      values: { purpose: 'Falls' }
    })
    for (const text of [
      'not json',
      '[]',
      JSON.stringify({ values: { purpose: 'x' } }),
      JSON.stringify({ savedAt: 'yesterday', values: { purpose: 'x' } }),
      JSON.stringify({ savedAt: '2026-11-20T09:30:00.000Z', values: ['x'] })
    ]) {
      window.localStorage.setItem(KEY, text)
      const { unmount } = render(<DraftedForm />)
      expect(screen.queryByRole('region', { name: 'Unsaved draft' }), text).toBeNull()
      unmount()
    }
  })
})
