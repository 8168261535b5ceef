// Two sites side by side: the same figures and outcome ratings in two columns.
import { useId, useState } from 'react'
import type { Dashboard } from './dashboardSeries'
import { compareRows } from './siteWords'

export function CompareSites({ data }: { data: Dashboard }) {
  const headingId = useId()
  const [aId, setA] = useState(data.sites[0]?.id ?? '')
  const [bId, setB] = useState(data.sites[1]?.id ?? '')
  const a = data.sites.find((s) => s.id === aId)
  const b = data.sites.find((s) => s.id === bId)
  if (data.sites.length < 2) return null
  return (
    <section aria-labelledby={headingId} className="dashboard-section">
      <h2 id={headingId}>Compare two sites</h2>
      <div className="toolbar">
        <SiteSelect label="First site" value={aId} onChange={setA} data={data} />
        <SiteSelect label="Second site" value={bId} onChange={setB} data={data} />
      </div>
      {a && b ? (
        <table className="table dash-compare">
          <caption className="visually-hidden">
            {a.name} and {b.name} side by side
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">{a.name}</th>
              <th scope="col">{b.name}</th>
            </tr>
          </thead>
          <tbody>
            {compareRows(data, a, b).map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.a}</td>
                <td>{row.b}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

function SiteSelect(props: {
  label: string
  value: string
  onChange: (id: string) => void
  data: Dashboard
}) {
  return (
    <label className="filter">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.data.sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  )
}
