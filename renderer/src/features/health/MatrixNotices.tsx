// Beside the matrix: members not on it, "involve closely" stakeholders missing from the last
// three partnership meetings, stakeholders off the matrix, and its history in words.
import type { ApiOutput } from '../../../../api/contract'
import type { StakeholderGroup } from '../../../../domain/vocabulary'
import { formatDate } from '../../lib/dates'

type Matrix = ApiOutput<'stakeholders.matrix'>

interface NoticesProps {
  data: Matrix
  editable: boolean
  onMoveBack: (s: { id: string; name: string }, group: StakeholderGroup) => void
  onAddMember: (personId: string) => void
}

export function MatrixNotices(props: NoticesProps) {
  const { data } = props
  return (
    <div className="matrix-notices">
      <AbsentClose data={data} />
      <MembersMissing {...props} />
      <OffMatrix {...props} />
      <MatrixHistory data={data} />
    </div>
  )
}

/** History lines shown before the rest fold away. */
const RECENT = 6

function HistoryList(props: { lines: Matrix['history']; label: string }) {
  return (
    <ol className="plain-list matrix-history" aria-label={props.label}>
      {props.lines.map((h) => (
        <li key={h.id}>
          {h.text}
          {h.note ? <span className="muted">: {h.note}</span> : null}
        </li>
      ))}
    </ol>
  )
}

/** "Involve closely" stakeholders at none of the last three partnership meetings. */
function AbsentClose({ data }: { data: Matrix }) {
  return (
    <section aria-labelledby="absent-close-heading">
      <h3 id="absent-close-heading">Involve closely, but absent</h3>
      {data.absentClose.length > 0 ? (
        <>
          <p className="notice-warning">
            Not at any of the last three partnership meetings (
            {data.meetingsLooked.map(formatDate).join(', ')}):
          </p>
          <ul>
            {data.absentClose.map((a) => (
              <li key={a.id}>{a.name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">
          {data.meetingsLooked.length < 3
            ? 'Fewer than three partnership meetings so far.'
            : 'Everyone on "involve closely" came to at least one of the last three partnership meetings.'}
        </p>
      )}
    </section>
  )
}

/** Partnership members not on the matrix, each with a button to add them. */
function MembersMissing(props: NoticesProps) {
  const { data } = props
  return (
    <section aria-labelledby="members-missing-heading">
      <h3 id="members-missing-heading">Members not on the matrix</h3>
      {data.membersMissing.length > 0 ? (
        <ul className="plain-list">
          {data.membersMissing.map((m) => (
            <li key={m.personId}>
              {m.name}{' '}
              <span className="muted">
                {m.role}
                {m.organisationName ? `, ${m.organisationName}` : ''}
              </span>
              {props.editable ? (
                <button
                  type="button"
                  className="button-link"
                  onClick={() => props.onAddMember(m.personId)}
                >
                  Add<span className="visually-hidden"> {m.name}</span> to the matrix
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Every member of the partnership is on the matrix.</p>
      )}
    </section>
  )
}

/** Stakeholders taken off the matrix, each with a button to put them back. */
function OffMatrix(props: NoticesProps) {
  const { data } = props
  if (data.offMatrix.length === 0) return null
  return (
    <section aria-labelledby="off-matrix-heading">
      <h3 id="off-matrix-heading">Off the matrix</h3>
      <ul className="plain-list">
        {data.offMatrix.map((s) => (
          <li key={s.id}>
            {s.name}{' '}
            {props.editable ? (
              <button
                type="button"
                className="button-link"
                onClick={() => props.onMoveBack(s, 'be_aware_of')}
              >
                Put<span className="visually-hidden"> {s.name}</span> back in be aware of
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Every placement in words, the latest few first and the rest folded away. */
function MatrixHistory({ data }: { data: Matrix }) {
  return (
    <section aria-labelledby="matrix-history-heading">
      <h3 id="matrix-history-heading">History</h3>
      {data.history.length > 0 ? (
        <>
          <HistoryList lines={data.history.slice(0, RECENT)} label="Placements, newest first" />
          {data.history.length > RECENT ? (
            <details>
              <summary>Earlier placements ({data.history.length - RECENT})</summary>
              <HistoryList lines={data.history.slice(RECENT)} label="Earlier placements" />
            </details>
          ) : null}
        </>
      ) : (
        <p className="muted">Nobody placed yet.</p>
      )}
    </section>
  )
}
