// The invented names sites take in anonymised reports, which the consultant can choose (as
// published case studies give their sites invented town names).
import { useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { useApiMutation } from '../../api/hooks'

type Site = ApiOutput<'reports.get'>['sites'][number]

function PseudonymRow({ site }: { site: Site }) {
  const save = useApiMutation('pseudonyms.setSite')
  const [value, setValue] = useState(site.pseudonym ?? '')
  const id = `pseudonym-${site.id}`
  return (
    <div className="field pseudonym-row">
      <label htmlFor={id}>{site.name} appears as</label>
      <div className="inline-form">
        <input
          id={id}
          value={value}
          placeholder="Given on first anonymised export (Site A, Site B, …)"
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={save.isError ? true : undefined}
          aria-describedby={save.isError ? `${id}-error` : undefined}
        />
        <button
          type="button"
          className="button-secondary"
          disabled={!value.trim() || value.trim() === site.pseudonym || save.isPending}
          onClick={() => save.mutate({ siteId: site.id, pseudonym: value })}
        >
          Use this name
        </button>
      </div>
      {save.isError ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {save.error.message.replace(/^pseudonym: /, '')}
        </p>
      ) : null}
    </div>
  )
}

export function SitePseudonyms(props: { sites: Site[] }) {
  return (
    <section className="panel" aria-labelledby="pseudonyms-heading">
      <h2 id="pseudonyms-heading">Names in anonymised reports</h2>
      <p className="hint">
        These stay the same in every anonymised export of this programme, so commissioners can
        follow a site from one report to the next.
      </p>
      {props.sites.map((site) => (
        <PseudonymRow key={`${site.id}-${site.pseudonym ?? ''}`} site={site} />
      ))}
    </section>
  )
}
