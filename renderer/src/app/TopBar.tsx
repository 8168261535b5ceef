// The bar on every page: skip link, the app's name, and the current programme's sections.
import { Link, NavLink } from 'react-router'
import { TopBarSearch } from '../features/search/TopBarSearch'

export function TopBar(props: { programme?: { id: string; name: string } }) {
  const programme = props.programme
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Partnership Learning Log
        </Link>
        {programme ? (
          <>
            <span className="topbar-programme">{programme.name}</span>
            <nav aria-label="Programme">
              <NavLink to={`/programmes/${programme.id}`} end>
                Dashboard
              </NavLink>
              <NavLink to={`/programmes/${programme.id}/sites`}>Sites</NavLink>
              <NavLink to={`/programmes/${programme.id}/actions`}>Actions</NavLink>
              <NavLink to={`/programmes/${programme.id}/changes`}>Tests of change</NavLink>
              <NavLink to={`/programmes/${programme.id}/reflections`}>Reflections</NavLink>
              <NavLink to={`/programmes/${programme.id}/themes`}>Themes</NavLink>
              <NavLink to={`/programmes/${programme.id}/directory`}>
                People and organisations
              </NavLink>
              <NavLink to={`/programmes/${programme.id}/reports`}>Reports</NavLink>
            </nav>
            <TopBarSearch programmeId={programme.id} />
          </>
        ) : null}
        <nav aria-label="Review" className="topbar-review">
          <NavLink to="/review">Review</NavLink>
        </nav>
      </header>
    </>
  )
}

/** Hash routing owns the URL fragment, so the skip link moves focus itself. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault()
  const main = document.getElementById('main')
  main?.setAttribute('tabindex', '-1')
  main?.focus()
}
