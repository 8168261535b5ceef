// What every transport carries back: a value, or an error a person can act on.
export interface ApiIssue {
  /** The input field the problem is about, e.g. "endDate" or "attendance.3.personId". */
  path: string
  message: string
}

export type ApiErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'unknown_verb' | 'internal'

export interface ApiErrorBody {
  code: ApiErrorCode
  message: string
  issues?: ApiIssue[]
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }
