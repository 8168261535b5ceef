// The dashboard's partnership health: for one framework at a time, every site by framework item
// with its latest judgement and how it moved, each cell linked to the check behind it. The sites'
// rows are drawn a screenful at a time (VirtualBody), as hundreds would fill several screens.
import { useState } from 'react'
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { useApiQuery } from '../../api/hooks'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { HEADER_ROW, VirtualBody, rowCount } from '../../components/VirtualRows'
import { formatDate } from '../../lib/dates'
import { ChangeBadge } from './ChangeBadge'
import { FrameworkSettings } from './FrameworkSettings'
import './health.css'

type View = ApiOutput<'health.programme'>[number]

export function PartnershipHealth(props: { programmeId: string }) {
  const health = useApiQuery('health.programme', { programmeId: props.programmeId })
  const [chosen, setChosen] = useState('')
  const [settings, setSettings] = useState(false)
  return (
    <section aria-labelledby="health-heading" className="dashboard-section">
      <div className="section-header">
        <h2 id="health-heading">Partnership health</h2>
        <button type="button" className="button-secondary" onClick={() => setSettings(true)}>
          Frameworks the sites use
        </button>
      </div>
      <QueryState query={health}>
        {(views) => {
          const view = views.find((v) => v.id === chosen) ?? views.find(hasChecks) ?? views[0]
          if (!view) return <p className="empty">The programme uses no frameworks.</p>
          return (
            <>
              <div className="inline-field">
                <label htmlFor="health-framework">Framework</label>
                <select
                  id="health-framework"
                  value={view.id}
                  onChange={(e) => setChosen(e.target.value)}
                >
                  {views.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.name}
                    </option>
                  ))}
                </select>
              </div>
              <HealthTable view={view} programmeId={props.programmeId} />
            </>
          )
        }}
      </QueryState>
      {settings ? (
        <Modal title="Frameworks the sites use" wide onClose={() => setSettings(false)}>
          <FrameworkSettings programmeId={props.programmeId} onDone={() => setSettings(false)} />
        </Modal>
      ) : null}
    </section>
  )
}

/** Whether any site has a check in this framework (the first such framework is shown first). */
function hasChecks(view: View): boolean {
  return view.sites.some((s) => Object.keys(s.cells).length > 0)
}

function HealthTable(props: { view: View; programmeId: string }) {
  const { view } = props
  if (!hasChecks(view)) {
    return <p className="empty">No site has a {view.name.toLowerCase()} check yet.</p>
  }
  const numbered = view.items.map((item, i) => ({ ...item, short: shortLabel(view, i) }))
  return (
    <div className="table-scroll">
      <table className="table health-table" aria-rowcount={rowCount(view.sites.length)}>
        <caption className="visually-hidden">
          {view.name}: each site&apos;s latest judgement of every item and how it moved
        </caption>
        <thead>
          <tr {...HEADER_ROW}>
            <th scope="col">Site</th>
            {numbered.map((item) => (
              <th key={item.id} scope="col" title={item.label}>
                {item.short}
              </th>
            ))}
          </tr>
        </thead>
        <VirtualBody
          rows={view.sites}
          columns={numbered.length + 1}
          renderRow={(site, placement) => (
            <tr key={site.id} {...placement}>
              <th scope="row">{site.name}</th>
              {numbered.map((item) => (
                <HealthCell
                  key={item.id}
                  cell={site.cells[item.id]}
                  label={`${site.name}, ${item.label}`}
                  low={lowestScore(view)}
                  href={`/programmes/${props.programmeId}/sites/${site.id}/health`}
                />
              ))}
            </tr>
          )}
        />
      </table>
      {numbered.some((i) => i.short !== i.label) ? (
        <ol className="health-key" aria-label="The items in full">
          {numbered.map((i) => (
            <li key={i.id}>
              <strong>{i.short}</strong>: {i.label}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}

type Cell = View['sites'][number]['cells'][string]

/** One site's latest judgement of one item, linked to the check it was made in. */
function HealthCell(props: {
  cell: Cell | undefined
  label: string
  low: number | null
  href: string
}) {
  const { cell } = props
  if (!cell) return <td className="muted">Not judged</td>
  const low = cell.score !== null && cell.score === props.low
  return (
    <td className={low ? 'health-low' : undefined}>
      <Link
        to={`${props.href}?check=${cell.checkId}`}
        aria-label={`${props.label}: ${cell.label}, ${formatDate(cell.checkedOn)}`}
      >
        {cell.label}
      </Link>{' '}
      <ChangeBadge change={cell.change} from={cell.previousLabel} />
    </td>
  )
}

/** A column heading: the item itself when short, else its step and number within the step. */
function shortLabel(view: View, index: number): string {
  const item = view.items[index]
  if (!item) return ''
  if (item.label.length <= 28) return item.label
  const sameGroup = view.items.slice(0, index + 1).filter((i) => i.group === item.group)
  return item.group ? `${item.group} ${sameGroup.length}` : `Item ${index + 1}`
}

function lowestScore(view: View): number | null {
  const scores = view.scale.map((p) => p.score).filter((s): s is number => s !== null)
  return scores.length > 0 ? Math.min(...scores) : null
}
