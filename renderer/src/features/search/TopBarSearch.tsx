// The search box in the top bar: Enter opens the programme's search page, which then searches
// as the user types. Hidden on that page, whose own box takes over.
import { useState } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { searchPath } from './links'

export function TopBarSearch(props: { programmeId: string }) {
  const [text, setText] = useState('')
  const navigate = useNavigate()
  const onSearchPage = useLocation().pathname === searchPath(props.programmeId)
  if (onSearchPage) return null
  return (
    <form
      role="search"
      className="topbar-search"
      onSubmit={(event) => {
        event.preventDefault()
        const q = text.trim()
        setText('')
        void navigate(
          q
            ? `${searchPath(props.programmeId)}?${new URLSearchParams({ q })}`
            : searchPath(props.programmeId)
        )
      }}
    >
      <label htmlFor="topbar-search-input" className="visually-hidden">
        Search this programme
      </label>
      <input
        id="topbar-search-input"
        type="search"
        placeholder="Search this programme"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="topbar-search-button">
        Search
      </button>
    </form>
  )
}
