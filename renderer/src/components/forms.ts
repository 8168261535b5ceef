// Puts the API's field-level issues onto the form fields they name, so a server-side rejection
// reads the same as a client-side one.
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiCallError } from '../api/client'

export function showApiError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[]
): void {
  if (error instanceof ApiCallError && error.issues.length > 0) {
    let placed = false
    for (const issue of error.issues) {
      const field = issue.path.split('.')[0] ?? ''
      if (fields.includes(field)) {
        setError(field as Path<T>, { type: 'server', message: issue.message })
        placed = true
      }
    }
    if (placed) return
  }
  setError('root' as Path<T>, {
    type: 'server',
    message: error instanceof Error ? error.message : String(error)
  })
}
