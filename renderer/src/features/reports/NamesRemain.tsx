// Why a report cannot be exported: for an anonymised report, each real name still in it and where.
import { ApiCallError } from '../../api/client'

export function NamesRemain({ error }: { error: Error }) {
  const issues = error instanceof ApiCallError ? error.issues : []
  return (
    <div className="form-error report-print-hide" role="alert">
      <p>{error.message}</p>
      {issues.length ? (
        <ul>
          {issues.map((issue, i) => (
            <li key={i}>
              <strong>{issue.path}</strong>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
