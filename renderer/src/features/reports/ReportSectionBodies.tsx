// Each kind of report section drawn from its part of the report model.
import { dayLabel } from '../../../../domain/earlyWarnings'
import { attendanceSvg, outcomeTrajectoriesSvg } from '../../../../domain/reports/charts'
import type { SiteSection, TestItem } from '../../../../domain/reports/model'
import { roleInBrackets } from '../../../../domain/roleWords'
import { Chart, Empty, FreeText, Heading, TableView, type Level } from './ReportParts'

type Of<K extends SiteSection['key']> = Extract<SiteSection, { key: K }>

function testLine(t: TestItem): string {
  const dates = [
    t.startedOn && `started ${dayLabel(t.startedOn)}`,
    t.decidedOn && `decided ${dayLabel(t.decidedOn)}`
  ]
    .filter(Boolean)
    .join(', ')
  return `${t.kind}${dates ? `; ${dates}` : ''}`
}

export function Tests({ section, level }: { section: Of<'tests'>; level: Level }) {
  const groups: [string, TestItem[]][] = [
    ['Adopted into business as usual', section.adopted],
    ['In progress', section.inProgress],
    ['Adapted', section.adapted],
    ['Abandoned', section.abandoned]
  ]
  if (groups.every(([, items]) => !items.length)) return <Empty />
  return (
    <>
      {groups
        .filter(([, items]) => items.length)
        .map(([label, items]) => (
          <div key={label}>
            <Heading level={(level + 1) as Level}>{label}</Heading>
            <ul>
              {items.map((t, i) => (
                <li key={i}>
                  <strong>
                    {t.number === null ? '' : `T${t.number} `}
                    {t.title}
                  </strong>{' '}
                  ({testLine(t)}){t.reason ? `: ${t.reason}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </>
  )
}

export function Partnership({ section, level }: { section: Of<'partnership'>; level: Level }) {
  return (
    <>
      <dl className="report-facts">
        <dt>Purpose</dt>
        <dd>{section.purpose || 'Not recorded'}</dd>
        {section.focus ? (
          <>
            <dt>Population or service focus</dt>
            <dd>{section.focus}</dd>
          </>
        ) : null}
        <dt>Stage</dt>
        <dd>
          {section.stage
            ? `${section.stage.label} (judged ${dayLabel(section.stage.judgedOn)})${section.stage.reason ? `: ${section.stage.reason}` : ''}`
            : 'Not judged yet'}
        </dd>
        <dt>Sponsor</dt>
        <dd>{section.sponsors.join('; ') || 'Not recorded'}</dd>
        <dt>Coordinator</dt>
        <dd>{section.coordinators.join('; ') || 'Not recorded'}</dd>
      </dl>
      {section.sectors.length ? (
        <>
          <Heading level={(level + 1) as Level}>Organisations by sector</Heading>
          <ul>
            {section.sectors.map((s) => (
              <li key={s.label}>
                <strong>{s.label}</strong>: {s.count}{' '}
                {s.count === 1 ? 'organisation' : 'organisations'}, {s.people}{' '}
                {s.people === 1 ? 'person' : 'people'}
                {s.organisations.length ? ` (${s.organisations.join(', ')})` : ''}
              </li>
            ))}
          </ul>
          <Heading level={(level + 1) as Level}>Roles</Heading>
          <p className="report-text">
            {section.roles.map((r) => `${r.role} (${r.count})`).join(', ')}
          </p>
        </>
      ) : (
        <Empty text="No members recorded in this period." />
      )}
    </>
  )
}

export function Outcomes({ section, level }: { section: Of<'outcomes'>; level: Level }) {
  if (!section.lines.length) return <Empty />
  return (
    <>
      <Chart
        chart={outcomeTrajectoriesSvg(section.lines, section.markers, section.until)}
        alt={`Ratings of progress from 0 to 10 on ${section.lines.length} agreed outcomes over time; the table below gives the figures.`}
      />
      {section.markers.length ? (
        <ul className="report-markers">
          {section.markers.map((m) => (
            <li key={m.number}>
              <strong>T{m.number}</strong> {m.title} (started {dayLabel(m.startedOn)})
            </li>
          ))}
        </ul>
      ) : null}
      <TableView
        table={section.table}
        caption="Baseline, latest rating and change for each agreed outcome"
      />
      <Heading level={(level + 1) as Level}>Evidence</Heading>
      {section.evidence.length ? (
        <ul>
          {section.evidence.map((e, i) => (
            <li key={i}>
              <strong>{e.outcome}</strong>, {dayLabel(e.ratedOn)}, rated {e.rating}: {e.note}
            </li>
          ))}
        </ul>
      ) : (
        <Empty text="No evidence notes in this period." />
      )}
    </>
  )
}

export function Learning({ section }: { section: Of<'learning'> }) {
  if (!section.excerpts.length) return <Empty />
  return (
    <>
      {section.excerpts.map((e, i) => (
        <div key={i} className="report-excerpt">
          <p className="report-excerpt-source">
            {dayLabel(e.heldOn)}, {e.phase}
            {e.team ? ' (team reflection)' : ''}
          </p>
          <FreeText text={e.text} />
        </div>
      ))}
    </>
  )
}

export function Voices({ section }: { section: Of<'voices'> }) {
  if (!section.quotes.length) return <Empty />
  return (
    <>
      {section.quotes.map((q, i) => (
        <figure key={i} className="report-quote">
          <blockquote dir="auto">{`\u201c${q.text}\u201d`}</blockquote>
          <figcaption>{roleInBrackets(q.role)}</figcaption>
        </figure>
      ))}
    </>
  )
}

export function Engagement({ section }: { section: Of<'engagement'> }) {
  if (!section.meetingsHeld) return <Empty />
  return (
    <>
      <p className="report-text">
        {section.meetingsHeld} meetings held, {section.partnershipMeetings} of them partnership
        meetings
        {section.averageAttendance === null
          ? '.'
          : `, with ${section.averageAttendance} people on average.`}{' '}
        {section.organisations} organisations took part
        {section.sectors.length
          ? `: ${section.sectors.map((s) => `${s.label} (${s.organisations})`).join(', ')}.`
          : '.'}
      </p>
      {section.bars.length ? (
        <Chart
          chart={attendanceSvg(section.bars)}
          alt={`Attendance at ${section.bars.length} partnership meetings; the table below gives the figures.`}
        />
      ) : null}
      <TableView table={section.table} caption="Meetings held in the period and who attended" />
    </>
  )
}

export function Stakeholders({ section, level }: { section: Of<'stakeholders'>; level: Level }) {
  if (section.groups.every((g) => !g.names.length)) return <Empty />
  return (
    <>
      <p className="report-text">The stakeholder matrix on {dayLabel(section.asOf)}.</p>
      {section.groups.map((g) => (
        <div key={g.label}>
          <Heading level={(level + 1) as Level}>{g.label}</Heading>
          <p className="report-text">{g.names.join('; ') || 'Nobody.'}</p>
        </div>
      ))}
      {section.changes.length ? (
        <>
          <Heading level={(level + 1) as Level}>Moves during the period</Heading>
          <ul>
            {section.changes.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}

export function Health({ section, level }: { section: Of<'health'>; level: Level }) {
  if (!section.checks.length) return <Empty />
  return (
    <>
      <ul>
        {section.checks.map((c, i) => (
          <li key={i}>
            <strong>
              {dayLabel(c.checkedOn)}, {c.framework}:
            </strong>{' '}
            {c.summary}
          </li>
        ))}
      </ul>
      {section.frameworks.map((f) => (
        <div key={f.name}>
          <Heading level={(level + 1) as Level}>{f.name}</Heading>
          <TableView table={f.table} caption={`${f.name}: the latest judgements`} />
        </div>
      ))}
    </>
  )
}
