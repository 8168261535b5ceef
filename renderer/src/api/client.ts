// The renderer's one way to the store: Electron IPC when the preload is there, else the harness.
import type { ApiInput, ApiIssue, ApiName, ApiOutput, ApiResult } from '../../../api/contract'
import type { ApiBridge } from '../../../electron/preload/bridge'

declare global {
  interface Window {
    api?: ApiBridge
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = []
  ) {
    super(message)
    this.name = 'ApiCallError'
  }
}

// The harness's printed link swapped its token for an HttpOnly cookie the browser sends here.
async function overHttp(name: string, input: unknown): Promise<ApiResult<unknown>> {
  const response = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input ?? {})
  })
  if (response.status === 403) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'The preview link has expired: open the link the harness printed.'
      }
    }
  }
  return (await response.json()) as ApiResult<unknown>
}

export async function call<K extends ApiName>(name: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const result = window.api ? await window.api.call(name, input) : await overHttp(name, input)
  if (!result.ok)
    throw new ApiCallError(result.error.code, result.error.message, result.error.issues)
  return result.value as ApiOutput<K>
}
