// "What was sent": every export of a site or programme, so the consultant knows what the
// commissioners received and when.
import type { ApiOutput } from '../../../../api/contract'
import { formatDate } from '../../lib/dates'

type ExportRow = ApiOutput<'exports.list'>[number]

const FORMATS = { pdf: 'PDF', docx: 'Word', csv: 'CSV files (zip)', xlsx: 'Excel workbook' }

function when(iso: string): string {
  const d = new Date(iso)
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
  return `${formatDate(iso.slice(0, 10))}, ${time}`
}

/** `compact` (beside one report) leaves out what the report page already says: what and when. */
export function ExportHistory(props: {
  exports: ExportRow[]
  heading?: string
  compact?: boolean
}) {
  const full = !props.compact
  const heading = props.heading ?? 'What was sent'
  return (
    <section className="panel" aria-labelledby="export-history">
      <h2 id="export-history">{heading}</h2>
      {props.exports.length === 0 ? (
        <p className="empty">Nothing exported yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{heading}: every export, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Exported</th>
                {full ? <th scope="col">What</th> : null}
                {full ? <th scope="col">Period</th> : null}
                <th scope="col">Format</th>
                <th scope="col">Anonymised</th>
                <th scope="col">File</th>
                {full ? <th scope="col">Data fingerprint</th> : null}
              </tr>
            </thead>
            <tbody>
              {props.exports.map((e) => (
                <tr key={e.id}>
                  <td>{when(e.exportedAt)}</td>
                  {full ? (
                    <td>
                      {e.scope === 'site'
                        ? 'Site report'
                        : e.format === 'csv' || e.format === 'xlsx'
                          ? 'Programme data'
                          : 'Programme report'}
                      : {e.subject}
                    </td>
                  ) : null}
                  {full ? (
                    <td>
                      {e.periodFrom && e.periodTo
                        ? `${formatDate(e.periodFrom)} to ${formatDate(e.periodTo)}`
                        : 'All records'}
                    </td>
                  ) : null}
                  <td>{FORMATS[e.format]}</td>
                  <td>{e.anonymised ? 'Yes' : 'No'}</td>
                  <td className="file-name">{e.fileName}</td>
                  {full ? (
                    <td>
                      <code title={e.fingerprint}>{e.fingerprint.slice(0, 12)}</code>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
