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

export function ExportHistory(props: { exports: ExportRow[]; heading?: string }) {
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
                <th scope="col">What</th>
                <th scope="col">Period</th>
                <th scope="col">Format</th>
                <th scope="col">Anonymised</th>
                <th scope="col">File</th>
                <th scope="col">Data fingerprint</th>
              </tr>
            </thead>
            <tbody>
              {props.exports.map((e) => (
                <tr key={e.id}>
                  <td>{when(e.exportedAt)}</td>
                  <td>
                    {e.scope === 'site'
                      ? 'Site report'
                      : e.format === 'csv' || e.format === 'xlsx'
                        ? 'Programme data'
                        : 'Programme report'}
                    : {e.subject}
                  </td>
                  <td>
                    {e.periodFrom && e.periodTo
                      ? `${formatDate(e.periodFrom)} to ${formatDate(e.periodTo)}`
                      : 'All records'}
                  </td>
                  <td>{FORMATS[e.format]}</td>
                  <td>{e.anonymised ? 'Yes' : 'No'}</td>
                  <td className="file-name">{e.fileName}</td>
                  <td>
                    <code title={e.fingerprint}>{e.fingerprint.slice(0, 12)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
