// The consultant's page for a programme's learning-partner review: export a review pack of chosen
// cycles, and import the comments file that comes back.
import { Link, useParams } from 'react-router'
import { ExportPackForm } from './ExportPackForm'
import { ImportCommentsControl } from './ImportCommentsControl'

export function ProgrammeReviewPage() {
  const programmeId = useParams().programmeId ?? ''
  return (
    <main id="main" className="page">
      <h1>Learning-partner review</h1>
      <p className="lede">
        Send chosen reflection cycles to your learning partner as a file, and bring their comments
        back onto the right phase of each cycle. Nothing leaves this computer until you send the
        file yourself.
      </p>
      <div className="two-columns">
        <section className="panel" aria-labelledby="export-pack-title">
          <h2 id="export-pack-title">Export a review pack</h2>
          <ExportPackForm programmeId={programmeId} />
        </section>
        <section className="panel" aria-labelledby="import-comments-title">
          <h2 id="import-comments-title">Bring comments back</h2>
          <ImportCommentsControl />
          <p>
            <Link to={`/programmes/${programmeId}/reflections`}>Go to the reflection log</Link>
          </p>
        </section>
      </div>
    </main>
  )
}
