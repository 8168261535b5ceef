// Reflection in brief: the latest ORPA cycle about the site and the learning partner's comments
// still open on its cycles.
import { Link } from 'react-router'
import { PHASES } from '../../../../../domain/vocabulary'
import { formatDate } from '../../../lib/dates'
import { GlanceBlock } from './GlanceBlock'
import { timeSince, type Glance } from './glanceSeries'

type OpenComment = Glance['reflections']['openComments'][number]

export function ReflectionGlance({ data }: { data: Glance }) {
  const { latest, openComments } = data.reflections
  const reflections = `/programmes/${data.site.programmeId}/reflections`
  return (
    <GlanceBlock
      title="Reflection and review"
      detail={{ to: `${reflections}?site=${data.site.id}`, label: 'Reflection log' }}
    >
      {latest ? (
        <p className="glance-latest">
          Latest reflection:{' '}
          <Link to={`${reflections}/${latest.id}`}>
            {formatDate(latest.heldOn)}
            {latest.title ? `, ${latest.title}` : ''}
          </Link>{' '}
          <span className="muted">
            ({latest.team ? 'team reflection, ' : ''}
            {timeSince(latest.heldOn, data.today)})
          </span>
        </p>
      ) : (
        <p className="empty">No reflection logged for this site yet.</p>
      )}
      <h3>Open comments from the learning partner</h3>
      {openComments.length === 0 ? (
        <p className="empty">No open comments from the learning partner.</p>
      ) : (
        <ul className="glance-comments" aria-label="Open comments">
          {openComments.map((c) => (
            <CommentItem key={c.id} comment={c} cycleRoute={`${reflections}/${c.cycleId}`} />
          ))}
        </ul>
      )}
    </GlanceBlock>
  )
}

function CommentItem({ comment: c, cycleRoute }: { comment: OpenComment; cycleRoute: string }) {
  const where = c.phase === 'cycle' ? 'the whole cycle' : PHASES[c.phase].label
  return (
    <li>
      <p className="glance-comment-body">{c.body}</p>
      <p className="muted glance-comment-meta">
        {c.author} on {where}, in the {c.teamCycle ? 'team reflection' : 'reflection'} of{' '}
        <Link to={cycleRoute}>
          {formatDate(c.cycleHeldOn)}
          {c.cycleTitle ? ` (${c.cycleTitle})` : ''}
        </Link>
        {c.replies > 0 ? ` · ${c.replies === 1 ? '1 reply' : `${c.replies} replies`}` : ''}
      </p>
    </li>
  )
}
