// The programme's search page: searches as the user types (the words go into the URL, so Back and
// a reload keep them), results grouped by kind of record and then by site, each opening its record.
import './search.css'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import type { ApiOutput } from '../../../../api/contract'
import { TEST_STATUS_LABELS } from '../../../../domain/lifecycle'
import { MEETING_KINDS, ACTION_STATUSES } from '../../../../domain/vocabulary'
import { SEARCH_KINDS } from '../../../../api/schemas/search'
import { call } from '../../api/client'
import { formatDate } from '../../lib/dates'
import { DirectoryHits } from './DirectoryHits'
import { hasText, Marked } from './Marked'
import { hitPath, type SearchHit } from './links'

type SearchResults = ApiOutput<'search.query'>

const DEBOUNCE_MS = 200
const TEAM = 'Team (across sites)'

export function SearchPage() {
  const programmeId = useParams().programmeId ?? ''
  const { q, text, onType, writeUrl } = useSearchWords()
  const searching = q.trim() !== ''
  const results = useQuery({
    queryKey: ['search.query', { programmeId, q }],
    queryFn: () => call('search.query', { programmeId, q }),
    placeholderData: keepPreviousData,
    enabled: searching
  })

  return (
    <main id="main" className="page search-page">
      <h1>Search</h1>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault()
          writeUrl(text)
        }}
      >
        <label htmlFor="search-page-input">Search this programme</label>
        <input
          id="search-page-input"
          type="search"
          autoComplete="off"
          // The page exists to type into: the cursor is there on arrival.
          autoFocus
          value={text}
          aria-describedby="search-hint"
          onChange={(e) => onType(e.target.value)}
        />
        <p id="search-hint" className="muted">
          People and organisations by name, and meetings (by their words and venue), focus areas,
          decisions, quotes, actions, reflections, tests of change and their PDSA cycles. Results
          appear as you type; every word must match. Words of one or two letters (GP, OT) match
          whole words; from three letters on, the start of a word is enough.
        </p>
      </form>
      {!searching ? (
        <p className="empty">Type a word or two to search.</p>
      ) : results.isError ? (
        <p className="form-error" role="alert">
          Could not search: {results.error.message}
        </p>
      ) : !results.data ? (
        <p className="muted" role="status">
          Searching…
        </p>
      ) : (
        <SearchResultGroups
          found={results.data}
          q={q}
          busy={results.isPlaceholderData}
          programmeId={programmeId}
        />
      )}
    </main>
  )
}

/**
 * The words searched for, kept in the URL (so Back and a reload keep them) and in the box as typed.
 * The URL is written a moment after typing stops, or at once on Enter.
 */
function useSearchWords() {
  const [params, setParams] = useSearchParams()
  const q = params.get('q') ?? ''
  const [text, setText] = useState(q)
  // The URL changes under the page on Back/Forward: show its words in the box. The page's own
  // writes arrive after the debounce, by when more may have been typed: those never touch the box.
  const [shown, setShown] = useState(q)
  const [written, setWritten] = useState(q)
  if (q !== shown) {
    setShown(q)
    if (q !== written) {
      setWritten(q)
      setText(q)
    }
  }
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  function writeUrl(value: string) {
    window.clearTimeout(timer.current)
    const words = value.trim() ? value : ''
    setWritten(words)
    setParams(words ? { q: words } : {}, { replace: true })
  }

  function onType(value: string) {
    setText(value)
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => writeUrl(value), DEBOUNCE_MS)
  }

  return { q, text, onType, writeUrl }
}

function SearchResultGroups({
  found,
  q,
  busy,
  programmeId
}: {
  found: SearchResults
  q: string
  busy: boolean
  programmeId: string
}) {
  return (
    <div className="search-results" aria-busy={busy}>
      <p role="status" className="search-summary">
        {summary(found, q)}
      </p>
      <DirectoryHits found={found} programmeId={programmeId} />
      {found.groups.map((group) => (
        <section key={group.kind} className="search-group" aria-labelledby={`search-${group.kind}`}>
          <h2 id={`search-${group.kind}`}>
            {SEARCH_KINDS[group.kind]} <span className="count">({group.count})</span>
          </h2>
          {group.sites.map((site) => (
            <div key={site.siteId ?? 'team'} className="search-site">
              <h3>
                {site.siteName ?? TEAM}
                {site.siteArchived ? <span className="badge badge-muted">Archived</span> : null}
              </h3>
              <ul className="search-hits">
                {site.hits.map((hit) => (
                  <HitItem key={hit.recordId} hit={hit} programmeId={programmeId} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  )
}

function summary(found: SearchResults, q: string): string {
  const { total, truncated } = found
  const named = found.people.length + found.organisations.length
  if (total === 0 && named === 0) return `Nothing found for “${q.trim()}”.`
  if (total === 0)
    return `Nothing in the records for “${q.trim()}”; people and organisations below.`
  const count = `${truncated ? 'The best ' : ''}${total} ${total === 1 ? 'result' : 'results'}`
  const among = found.recentOnly ? ' among the most recent matches' : ''
  return `${count}${among} for “${q.trim()}”${truncated ? ': add a word to narrow the search.' : '.'}`
}

function meetingLabel(hit: SearchHit): string {
  const kind = hit.meetingKind ? MEETING_KINDS[hit.meetingKind] : 'Meeting'
  return `${kind}, ${formatDate(hit.date)}`
}

function HitItem(props: { hit: SearchHit; programmeId: string }) {
  const { hit } = props
  const { link, meta, extra } = describe(hit)
  return (
    <li className="search-hit">
      <Link to={hitPath(props.programmeId, hit)} className="search-hit-link">
        {link}
      </Link>
      {meta ? <p className="search-hit-meta muted">{meta}</p> : null}
      {extra.filter(hasText).map((parts, i) => (
        <p key={i} className="search-hit-snippet">
          <Marked parts={parts} />
        </p>
      ))}
    </li>
  )
}

/** What each kind of hit shows: the link's words, a line saying where it is, matched excerpts. */
function describe(hit: SearchHit) {
  const title = <Marked parts={hit.title} />
  const snippet = <Marked parts={hit.snippet} />
  switch (hit.kind) {
    case 'meeting':
      return meetingHit(hit)
    case 'focus_area':
      return { link: title, meta: `Focus area · ${meetingLabel(hit)}`, extra: [hit.snippet] }
    case 'decision':
      return { link: snippet, meta: `Decision · ${meetingLabel(hit)}`, extra: [] }
    case 'quote':
      return {
        link: <>“{snippet}”</>,
        meta: `Quote (${plain(hit.title)})${hit.date ? ` · ${formatDate(hit.date)}` : ''}`,
        extra: []
      }
    case 'action':
      return {
        link: title,
        meta: `Action agreed ${formatDate(hit.date)}${hit.actionStatus ? ` · ${ACTION_STATUSES[hit.actionStatus]}` : ''}`,
        extra: [hit.snippet]
      }
    case 'reflection':
      return {
        link: hasText(hit.title) ? title : `Reflection cycle, ${formatDate(hit.date)}`,
        meta: `Reflection cycle · ${formatDate(hit.date)}`,
        extra: [hit.snippet]
      }
    case 'test_of_change':
      return {
        link: title,
        meta: `Test of change started ${formatDate(hit.date)}${testStatus(hit)}`,
        extra: [hit.snippet]
      }
    case 'pdsa_cycle':
      return {
        link: (
          <>
            PDSA cycle{hit.cycleNumber ? ` ${hit.cycleNumber}` : ''} of {title}
          </>
        ),
        meta: `PDSA cycle started ${formatDate(hit.date)}`,
        extra: [hit.snippet]
      }
  }
}

/**
 * A meeting: its kind and date, its venue, its purpose and an excerpt. The venue is the last line
 * of the meeting's indexed text, so when the excerpt is the venue alone (a meeting with no notes)
 * it is shown marked on the venue line rather than twice.
 */
function meetingHit(hit: SearchHit) {
  const venueOnly = Boolean(hit.venue) && plain(hit.snippet).trim() === hit.venue
  const venue = venueOnly ? <Marked parts={hit.snippet} /> : hit.venue
  return {
    link: meetingLabel(hit),
    meta: venue ? <>Venue: {venue}</> : '',
    extra: venueOnly ? [hit.title] : [hit.title, hit.snippet]
  }
}

function testStatus(hit: SearchHit): string {
  return hit.testStatus ? ` · ${TEST_STATUS_LABELS[hit.testStatus]}` : ''
}

function plain(parts: SearchHit['title']): string {
  return parts.map((p) => p.text).join('')
}
