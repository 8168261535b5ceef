// The stakeholder matrix: four groups by influence and interest. Arrow keys or dragging move a
// stakeholder (dated with "Date of changes"); a past date shows the matrix as it stood then.
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { groupAfterKey, GRID_ORDER, GROUP_AXES } from '../../../../domain/stakeholderMatrix'
import type { StakeholderGroup } from '../../../../domain/vocabulary'
import { useApiQuery } from '../../api/hooks'
import { DateInput } from '../../components/DateInput'
import { Modal } from '../../components/Modal'
import { QueryState } from '../../components/Status'
import { formatDate, todayIso } from '../../lib/dates'
import { rememberDateUsed, startingDate } from '../../lib/rememberedDate'
import { AddStakeholderForm } from './AddStakeholderForm'
import { MatrixNotices } from './MatrixNotices'
import { useMatrixMoves } from './matrixMoves'

type Matrix = ApiOutput<'stakeholders.matrix'>
type Entry = Matrix['groups'][number]['stakeholders'][number]

const AXIS_WORDS = { high: 'High', low: 'Low' } as const

/**
 * The "Date of changes" moves are dated with: the last one used this session (typing up a past
 * meeting's changes site after site), never before the site started, which the save would refuse.
 * Until a date is chosen here it follows the site's start date, should that arrive late.
 */
function useDateOfChanges(siteId: string): [string, (date: string) => void] {
  const startDate = useApiQuery('sites.get', { id: siteId }).data?.site.startDate
  const [chosenOn, setChosenOn] = useState<string | null>(null)
  const placedOn = chosenOn ?? startingDate('stakeholderMove', { earliest: startDate }).date
  const choose = (date: string) => {
    setChosenOn(date)
    rememberDateUsed('stakeholderMove', date)
  }
  return [placedOn, choose]
}

export function StakeholderMatrix(props: { siteId: string; programmeId: string }) {
  const [asOf, setAsOf] = useState('')
  const [placedOn, setPlacedOn] = useDateOfChanges(props.siteId)
  const [adding, setAdding] = useState<{ personId: string } | null>(null)
  const valid = /^\d{4}-\d{2}-\d{2}$/
  const shownOn = valid.test(asOf) ? asOf : undefined
  const matrix = useApiQuery('stakeholders.matrix', { siteId: props.siteId, asOf: shownOn })
  const moves = useMatrixMoves(placedOn)
  const past = Boolean(shownOn && shownOn < todayIso())
  return (
    <section aria-labelledby="matrix-heading" className="panel health-section">
      <div className="section-header">
        <h2 id="matrix-heading">Stakeholder matrix</h2>
        <button type="button" onClick={() => setAdding({ personId: '' })}>
          Add stakeholder
        </button>
      </div>
      <div className="matrix-controls">
        <div className="field">
          <label htmlFor="matrix-as-of">Show the matrix on</label>
          <DateInput id="matrix-as-of" label="Show the matrix on" value={asOf} onChange={setAsOf} />
        </div>
        {past ? null : (
          <div className="field">
            <label htmlFor="matrix-placed-on">Date of changes</label>
            <DateInput
              id="matrix-placed-on"
              label="Date of changes"
              value={placedOn}
              onChange={setPlacedOn}
            />
          </div>
        )}
      </div>
      <p id="matrix-keys" className="hint">
        {past
          ? 'This is the matrix as it stood then. Clear "Show the matrix on" to arrange it.'
          : 'Arrow keys move the stakeholder in focus (up: more influence, right: more interest), or drag them to a group. Each move is dated with "Date of changes".'}
      </p>
      <p className="visually-hidden" role="status">
        {moves.announcement}
      </p>
      {moves.error ? (
        <p className="form-error" role="alert">
          {moves.error}
        </p>
      ) : null}
      <QueryState query={matrix}>
        {(data) => (
          <>
            <p className="muted">Matrix on {formatDate(data.asOf)}</p>
            <MatrixGrid data={data} editable={!past && valid.test(placedOn)} moves={moves} />
            <MatrixNotices
              data={data}
              editable={!past}
              onMoveBack={moves.moveTo}
              onAddMember={(personId) => setAdding({ personId })}
            />
          </>
        )}
      </QueryState>
      {adding ? (
        <Modal title="Add a stakeholder to the matrix" onClose={() => setAdding(null)}>
          <AddStakeholderForm
            siteId={props.siteId}
            programmeId={props.programmeId}
            personId={adding.personId}
            placedOn={placedOn}
            onDone={() => setAdding(null)}
            onCancel={() => setAdding(null)}
          />
        </Modal>
      ) : null}
    </section>
  )
}

function MatrixGrid(props: {
  data: Matrix
  editable: boolean
  moves: ReturnType<typeof useMatrixMoves>
}) {
  const [over, setOver] = useState<StakeholderGroup | null>(null)
  const byKey = new Map(props.data.groups.map((g) => [g.key, g]))
  const all = new Map(props.data.groups.flatMap((g) => g.stakeholders).map((s) => [s.id, s]))
  const drop = (group: StakeholderGroup, id: string) => {
    const entry = all.get(id) ?? props.data.offMatrix.find((s) => s.id === id)
    if (entry && entry.group !== group) props.moves.moveTo(entry, group)
  }
  return (
    <div className="matrix" role="group" aria-label="Stakeholder matrix by influence and interest">
      <span className="matrix-axis matrix-axis-y" aria-hidden="true">
        Influence →
      </span>
      <div className="matrix-grid">
        {GRID_ORDER.map((key) => {
          const group = byKey.get(key)
          const axes = GROUP_AXES[key]
          return (
            <section
              key={key}
              aria-labelledby={`group-${key}`}
              className={`matrix-group matrix-${key}${over === key ? ' matrix-over' : ''}`}
              onDragOver={(e) => {
                if (!props.editable) return
                e.preventDefault()
                setOver(key)
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => {
                e.preventDefault()
                setOver(null)
                if (props.editable) drop(key, e.dataTransfer.getData('text/plain'))
              }}
            >
              <h3 id={`group-${key}`}>
                {group?.label}{' '}
                <span className="muted matrix-axes">
                  {AXIS_WORDS[axes.influence]} influence, {axes.interest} interest
                </span>
              </h3>
              {group && group.stakeholders.length > 0 ? (
                <ul className="matrix-list">
                  {group.stakeholders.map((s) => (
                    <li key={s.id}>
                      <StakeholderChip entry={s} group={key} {...props} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="empty">Nobody here.</p>
              )}
            </section>
          )
        })}
      </div>
      <span className="matrix-axis matrix-axis-x" aria-hidden="true">
        Interest →
      </span>
    </div>
  )
}

function StakeholderChip(props: {
  entry: Entry
  group: StakeholderGroup
  editable: boolean
  moves: ReturnType<typeof useMatrixMoves>
}) {
  const { entry } = props
  const detail = [entry.role, entry.description].filter(Boolean).join(' · ')
  const text = (
    <>
      <span className="chip-name">{entry.name}</span>
      {detail ? <span className="chip-detail">{detail}</span> : null}
    </>
  )
  if (!props.editable) return <span className="stakeholder-chip">{text}</span>
  return (
    <button
      type="button"
      className="stakeholder-chip"
      data-stakeholder-id={entry.id}
      data-group={props.group}
      draggable
      aria-describedby="matrix-keys"
      onDragStart={(e) => e.dataTransfer.setData('text/plain', entry.id)}
      onKeyDown={(e) => {
        const next = groupAfterKey(props.group, e.key)
        if (!next) return
        e.preventDefault()
        props.moves.moveTo(entry, next)
      }}
    >
      {text}
    </button>
  )
}
