// One block of the site overview: a heading, a link to the tab that holds the detail, the summary.
import { useId, type ReactNode } from 'react'
import { Link } from 'react-router'

export function GlanceBlock(props: {
  title: string
  /** Where the detail lives, and the link's words. */
  detail?: { to: string; label: string }
  className?: string
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className={`panel glance-block ${props.className ?? ''}`}>
      <div className="glance-block-header">
        <h2 id={headingId}>{props.title}</h2>
        {props.detail ? (
          <Link to={props.detail.to} className="glance-detail-link">
            {props.detail.label}
          </Link>
        ) : null}
      </div>
      {props.children}
    </section>
  )
}
