// People and organisations shared across the programme's sites.
import { useState } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { PeopleTable } from './PeopleTable'
import { OrganisationsTable } from './OrganisationsTable'
import { PastePeopleDialog } from './PastePeopleDialog'

type Tab = 'people' | 'organisations'

export function DirectoryPage() {
  const programmeId = useParams().programmeId ?? ''
  // A search result links here with the name as the filter (and the tab for organisations).
  const [params] = useSearchParams()
  const [tab, setTab] = useState<Tab>(
    params.get('tab') === 'organisations' ? 'organisations' : 'people'
  )
  const [filter, setFilter] = useState(params.get('filter') ?? '')
  const [showArchived, setShowArchived] = useState(false)
  const [pasting, setPasting] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const tabs: { id: Tab; label: string }[] = [
    { id: 'people', label: 'People' },
    { id: 'organisations', label: 'Organisations' }
  ]
  return (
    <main id="main" className="page">
      <h1>People and organisations</h1>
      <div className="toolbar">
        <div role="tablist" aria-label="Directory" className="tabs">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              className={tab === t.id ? 'tab tab-active' : 'tab'}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <label className="filter">
          <span>Filter</span>
          <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.target.checked)}
          />
          Show archived
        </label>
        <button type="button" onClick={() => setPasting(true)}>
          Paste a list
        </button>
      </div>
      <p role="status" className="muted">
        {saved}
      </p>
      {pasting ? (
        <PastePeopleDialog
          programmeId={programmeId}
          onClose={() => setPasting(false)}
          onSaved={(message) => {
            setPasting(false)
            setSaved(message)
          }}
        />
      ) : null}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'people' ? (
          <PeopleTable programmeId={programmeId} filter={filter} showArchived={showArchived} />
        ) : (
          <OrganisationsTable
            programmeId={programmeId}
            filter={filter}
            showArchived={showArchived}
          />
        )}
      </div>
    </main>
  )
}
