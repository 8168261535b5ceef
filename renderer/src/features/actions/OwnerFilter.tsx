// The tracker's owner filter: type part of a name and pick from the people who match (found in
// the store), instead of a list of everyone in the programme, which at hundreds of sites would be
// thousands of options in the page.
import { useId, useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { useDirectoryList } from '../directory/useDirectoryList'
import './ownerFilter.css'

/** Suggestions start from two letters and stop at this many. */
const MOST_SUGGESTIONS = 30

type Person = ApiOutput<'people.list'>[number]

export interface OwnerChoice {
  text: string
  setText: (text: string) => void
  suggestions: Person[]
  /** The person whose name is typed in full, or '' for anyone. */
  ownerId: string
  /** Text typed that names no one (yet). */
  unmatched: boolean
}

export function useOwnerChoice(programmeId: string): OwnerChoice {
  const [text, setText] = useState('')
  const typed = text.trim()
  const people = useDirectoryList('people.list', { programmeId, filter: typed })
  const suggestions = typed.length >= 2 ? (people.data ?? []).slice(0, MOST_SUGGESTIONS) : []
  const name = typed.toLocaleLowerCase('en-GB')
  const owner = suggestions.find((p) => p.name.toLocaleLowerCase('en-GB') === name)
  return {
    text,
    setText,
    suggestions,
    ownerId: owner?.id ?? '',
    unmatched: typed !== '' && !owner && !people.isPlaceholderData
  }
}

export function OwnerFilter({ choice }: { choice: OwnerChoice }) {
  const listId = useId()
  const hintId = useId()
  return (
    <div className="owner-filter">
      <label className="filter">
        <span>Owner</span>
        <input
          type="search"
          list={listId}
          value={choice.text}
          placeholder="Anyone"
          autoComplete="off"
          aria-describedby={choice.unmatched ? hintId : undefined}
          onChange={(e) => choice.setText(e.target.value)}
        />
      </label>
      <datalist id={listId}>
        {choice.suggestions.map((p) => (
          <option key={p.id} value={p.name}>
            {p.role}
            {p.organisationName ? `, ${p.organisationName}` : ''}
          </option>
        ))}
      </datalist>
      {choice.unmatched ? (
        <p id={hintId} className="muted owner-filter-hint">
          Pick a name from the suggestions to see their actions.
        </p>
      ) : null}
    </div>
  )
}
