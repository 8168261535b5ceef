// The bar on every page: skip link, the app's name, and the current programme's sections.
import { Link, NavLink } from 'react-router'

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
                Overview
              </NavLink>
              <NavLink to={`/programmes/${programme.id}/actions`}>Actions</NavLink>
              <NavLink to={`/programmes/${programme.id}/directory`}>
                People and organisations
              </NavLink>
            </nav>
          </>
        ) : null}
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
