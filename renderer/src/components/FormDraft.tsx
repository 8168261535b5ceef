// Keeps a long form's typed values on this computer (localStorage) while it is being written,
// and offers them back when the form is opened again, until it is saved or the draft discarded.
import { useEffect, useState } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { z } from 'zod'

interface StoredDraft<T> {
  savedAt: string
  values: T
}

const PREFIX = 'partnership-log:draft:'

/** What a draft must look like to be offered: anything else (edited, truncated) is ignored. */
const storedDraft = z.object({
  savedAt: z.iso.datetime(),
  values: z.record(z.string(), z.unknown())
})

function readDraft<T extends FieldValues>(key: string): StoredDraft<T> | null {
  let value: unknown
  try {
    value = JSON.parse(window.localStorage.getItem(PREFIX + key) ?? 'null')
  } catch {
    return null
  }
  const draft = storedDraft.safeParse(value)
  // The form's own fields are checked by its schema when it is saved, as typed values are.
  return draft.success ? { savedAt: draft.data.savedAt, values: draft.data.values as T } : null
}

/** Forgets a form's draft: after saving, or when the person discards it. */
export function forgetDraft(key: string): void {
  window.localStorage.removeItem(PREFIX + key)
}

export function useFormDraft<T extends FieldValues, V extends FieldValues>(
  key: string,
  form: UseFormReturn<T, unknown, V>
) {
  const [offered, setOffered] = useState(() => readDraft<T>(key))
  useEffect(() => {
    const subscription = form.watch((values, { name }) => {
      // A change to a field (typed, or set by a button); not a reset to the saved record.
      if (!name) return
      const draft: StoredDraft<unknown> = { savedAt: new Date().toISOString(), values }
      try {
        window.localStorage.setItem(PREFIX + key, JSON.stringify(draft))
      } catch {
        // Storage full or refused: the leave guard still asks before anything is lost.
      }
    })
    return () => subscription.unsubscribe()
  }, [form, key])

  const offer = offered ? (
    <div className="notice draft-offer" role="region" aria-label="Unsaved draft">
      <p>
        You have an unsaved draft of this form from{' '}
        {new Date(offered.savedAt).toLocaleString('en-GB', {
          dateStyle: 'medium',
          timeStyle: 'short'
        })}
        .
      </p>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => {
            form.reset(offered.values, { keepDefaultValues: true })
            setOffered(null)
          }}
        >
          Restore the draft
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            forgetDraft(key)
            setOffered(null)
          }}
        >
          Discard the draft
        </button>
      </div>
    </div>
  ) : null

  return { offer, forget: () => forgetDraft(key) }
}
