// Loading and error states shared by every page.
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

export function QueryState<T>(props: {
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
}) {
  if (props.query.isPending)
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    )
  if (props.query.isError) {
    return (
      <p className="form-error" role="alert">
        Could not load this page: {props.query.error.message}
      </p>
    )
  }
  return <>{props.children(props.query.data)}</>
}

export function FormRootError(props: { message?: string }) {
  return props.message ? (
    <p className="form-error" role="alert">
      {props.message}
    </p>
  ) : null
}
