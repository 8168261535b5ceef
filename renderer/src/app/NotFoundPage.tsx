// Shown for a link that leads nowhere, e.g. to a record that no longer exists.
import { Link } from 'react-router'
import { TopBar } from './TopBar'

export function NotFoundPage() {
  return (
    <div className="shell">
      <TopBar />
      <main id="main" className="page">
        <h1>Page not found</h1>
        <p>
          <Link to="/">Back to your programmes</Link>
        </p>
      </main>
    </div>
  )
}
