// The people and organisations a search found by name: each opens the directory filtered to it.
import { Link } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { SECTORS } from '../../../../domain/vocabulary'

type SearchResults = ApiOutput<'search.query'>

export function DirectoryHits(props: { found: SearchResults; programmeId: string }) {
  const { people, organisations } = props.found
  if (people.length === 0 && organisations.length === 0) return null
  const directory = (name: string, tab?: string) =>
    `/programmes/${props.programmeId}/directory?${new URLSearchParams({
      filter: name,
      ...(tab ? { tab } : {})
    }).toString()}`
  return (
    <section className="search-group" aria-labelledby="search-directory">
      <h2 id="search-directory">
        People and organisations{' '}
        <span className="count">({people.length + organisations.length})</span>
      </h2>
      <ul className="search-hits">
        {people.map((p) => (
          <li key={p.id} className="search-hit">
            <Link to={directory(p.name)} className="search-hit-link">
              {p.name}
            </Link>
            <span className="muted">
              {' '}
              {[p.role, p.organisationName].filter(Boolean).join(', ')}
            </span>
          </li>
        ))}
        {organisations.map((o) => (
          <li key={o.id} className="search-hit">
            <Link to={directory(o.name, 'organisations')} className="search-hit-link">
              {o.name}
            </Link>
            <span className="muted"> {SECTORS[o.sector]}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
