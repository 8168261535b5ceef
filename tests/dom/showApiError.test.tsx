// showApiError on a real react-hook-form form: an issue whose path names a field becomes that
// field's error (focused), anything else the form's root error; fieldsOf lists a schema's fields.
import { act, render, renderHook, screen } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ApiCallError } from '../../renderer/src/api/client'
import { errorRecord, fieldsOf, showApiError } from '../../renderer/src/components/forms'

interface Values {
  title: string
  siteIds: string[]
}

/** A form as a page holds one: its errors read while drawing, so react-hook-form reports them. */
function useTestForm() {
  const form = useForm<Values>({ defaultValues: { title: '', siteIds: [] } })
  void form.formState.errors
  return form
}

const rejected = (...issues: [path: string, message: string][]) =>
  new ApiCallError(
    'invalid',
    'The report was not saved',
    issues.map(([path, message]) => ({ path, message }))
  )

describe('showApiError', () => {
  it('puts an issue on the field its path starts with, and no root error', () => {
    const { result } = renderHook(useTestForm)
    let placed = false
    act(() => {
      placed = showApiError(
        rejected(['siteIds.1', 'That site belongs to another programme']),
        result.current,
        ['title', 'siteIds']
      )
    })
    expect(placed).toBe(true)
    expect(result.current.getFieldState('siteIds').error?.message).toBe(
      'That site belongs to another programme'
    )
    expect(result.current.getFieldState('title').error).toBeUndefined()
    expect(result.current.formState.errors.root).toBeUndefined()
  })

  it('makes an issue with an unknown path the form’s root error, in the error’s words', () => {
    const { result } = renderHook(useTestForm)
    let placed = true
    act(() => {
      placed = showApiError(rejected(['programmeId', 'No such programme']), result.current, [
        'title',
        'siteIds'
      ])
    })
    expect(placed).toBe(false)
    expect(result.current.formState.errors.root?.message).toBe('The report was not saved')
    expect(result.current.getFieldState('title').error).toBeUndefined()
  })

  it('makes a failure with no issues (or not from the API at all) the root error', () => {
    const { result } = renderHook(useTestForm)
    act(() => {
      showApiError(new Error('The store is locked'), result.current, ['title'])
    })
    expect(result.current.formState.errors.root?.message).toBe('The store is locked')
    act(() => {
      showApiError(new ApiCallError('conflict', 'Already archived'), result.current, ['title'])
    })
    expect(result.current.formState.errors.root?.message).toBe('Already archived')
  })

  it('maps paths through a function, and focuses the first field it places', () => {
    function Form() {
      const form = useTestForm()
      return (
        <form>
          <input aria-label="Title" {...form.register('title')} />
          <button
            type="button"
            onClick={() =>
              showApiError(
                rejected(['newTitle', 'Title is taken'], ['other', 'Not shown']),
                form,
                (path) => (path === 'newTitle' ? 'title' : null)
              )
            }
          >
            Fail
          </button>
          <p>{form.formState.errors.title?.message ?? 'no title error'}</p>
          <p>{form.formState.errors.root?.message ?? 'no root error'}</p>
        </form>
      )
    }
    render(<Form />)
    act(() => screen.getByRole('button', { name: 'Fail' }).click())
    expect(screen.getByText('Title is taken')).toBeTruthy()
    expect(screen.getByText('no root error')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByLabelText('Title'))
  })

  it('gathers errors for a form that keeps them in state, the root under its own key', () => {
    const onFields = errorRecord('form')
    showApiError(rejected(['newOrganisation.name', 'Name is required']), onFields, (path) =>
      path === 'newOrganisation.name' ? 'orgName' : null
    )
    expect(onFields.errors).toEqual({ orgName: 'Name is required' })
    const onRoot = errorRecord('form')
    showApiError(rejected(['cycleId', 'No such cycle']), onRoot, ['description'])
    expect(onRoot.errors).toEqual({ form: 'The report was not saved' })
  })
})

describe('fieldsOf', () => {
  it('lists a schema’s fields in order, through omit, extend, intersections, pipes and refinements', () => {
    const site = z.object({ name: z.string(), startDate: z.string(), status: z.string() })
    expect(fieldsOf(site)).toEqual(['name', 'startDate', 'status'])
    expect(fieldsOf(site.omit({ startDate: true }).extend({ focus: z.string() }))).toEqual([
      'name',
      'status',
      'focus'
    ])
    expect(fieldsOf(z.intersection(z.object({ personId: z.string() }), site))).toEqual([
      'personId',
      'name',
      'startDate',
      'status'
    ])
    expect(fieldsOf(site.transform((s) => s.name))).toEqual(['name', 'startDate', 'status'])
    expect(() => fieldsOf(z.string())).toThrow('fieldsOf needs an object schema')
    // A schema with a refinement cannot be omitted from: the form's hidden fields are left out.
    const period = site.refine((s) => s.startDate <= s.status)
    expect(fieldsOf(period, ['startDate'])).toEqual(['name', 'status'])
  })
})
