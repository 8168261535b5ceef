// Errors handlers throw on purpose; dispatch turns them into { ok: false, error }.
import type { ApiErrorCode, ApiIssue } from './result'

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ApiIssue[]
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** A problem with one input field: the message names the field, so the form can show it there. */
export function fieldError(path: string, message: string, code: ApiErrorCode = 'invalid_input') {
  return new ApiError(code, `${path}: ${message}`, [{ path, message }])
}

export function notFound(path: string, what: string, id: string) {
  return fieldError(path, `No ${what} with id ${id}`, 'not_found')
}
