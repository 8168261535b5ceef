// Where the partnership stands: its stage as last judged, and who sponsors and coordinates it.
import { formatDate } from '../../../lib/dates'
import { GlanceBlock } from './GlanceBlock'
import type { Glance } from './glanceSeries'

type Lead = Glance['sponsors'][number]

export function GlanceFacts({ data }: { data: Glance }) {
  const { stage } = data
  return (
    <GlanceBlock title="At a glance" className="glance-facts">
      <dl className="glance-fact-list">
        <div>
          <dt>Partnership stage</dt>
          <dd>
            {stage ? (
              <>
                <span className={`stage stage-${stage.stage}`}>{stage.label}</span>{' '}
                <span className="muted">judged {formatDate(stage.judgedOn)}</span>
                {stage.reason ? <span className="glance-reason">{stage.reason}</span> : null}
              </>
            ) : (
              <span className="muted">No stage judged yet</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{data.sponsors.length > 1 ? 'Sponsors' : 'Sponsor'}</dt>
          <dd>
            <Leads people={data.sponsors} none="No sponsor in the partnership yet" />
          </dd>
        </div>
        <div>
          <dt>{data.coordinators.length > 1 ? 'Coordinators' : 'Coordinator'}</dt>
          <dd>
            <Leads people={data.coordinators} none="No coordinator in the partnership yet" />
          </dd>
        </div>
      </dl>
      <p className="muted glance-note">
        The stage history and everyone in the partnership are further down this page.
      </p>
    </GlanceBlock>
  )
}

function Leads({ people, none }: { people: Lead[]; none: string }) {
  if (people.length === 0) return <span className="muted">{none}</span>
  return (
    <ul className="glance-leads">
      {people.map((p) => (
        <li key={p.personId}>
          <strong>{p.name}</strong>
          <span className="muted">
            {' '}
            ({[p.profession, p.organisationName].filter(Boolean).join(', ')})
          </span>
        </li>
      ))}
    </ul>
  )
}
