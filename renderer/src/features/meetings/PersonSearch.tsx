// Finds someone in the programme by a word of their name, role or organisation (people.find, a
// few at a time) and picks them with the arrow keys and Enter or a click: how the meeting form
// reaches people who are not on its list without loading the programme's whole directory.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { useApiQuery } from '../../api/hooks'
import './personSearch.css'

export type FoundPerson = ApiOutput<'people.find'>[number]

/** Suggestions start from two letters, a moment after typing stops, and stop at this many. */
const FEWEST_LETTERS = 2
const MOST_SUGGESTIONS = 8
const PAUSE_MS = 200

function describe(p: FoundPerson): string {
  return [p.role, p.organisationName].filter(Boolean).join(', ')
}

/**
 * The people who match what is typed (asked for a moment after typing stops, from two letters),
 * and that in words for assistive technology; `forget` drops the last search once someone is picked.
 */
function usePeopleFound(programmeId: string, text: string) {
  const [typed, setTyped] = useState('')
  useEffect(() => {
    const timer = window.setTimeout(() => setTyped(text.trim()), PAUSE_MS)
    return () => window.clearTimeout(timer)
  }, [text])
  const enabled = typed.length >= FEWEST_LETTERS
  const found = useApiQuery(
    'people.find',
    { programmeId, text: typed, limit: MOST_SUGGESTIONS },
    enabled
  )
  const current = enabled && found.data && typed === text.trim() ? found.data : undefined
  let status = ''
  if (current) {
    status = current.length
      ? `${current.length} ${current.length === 1 ? 'person matches' : 'people match'}; use the arrow keys and Enter to pick`
      : `No one in the programme matches "${typed}"`
  }
  return { options: current ?? [], status, forget: () => setTyped('') }
}

/** The list of people found, the active one marked; a click picks one. */
function Suggestions(props: {
  id: string
  label: string
  hidden: boolean
  options: readonly FoundPerson[]
  active: number
  optionId: (i: number) => string
  onPick: (person: FoundPerson) => void
}) {
  return (
    <ul id={props.id} role="listbox" aria-label={props.label} hidden={props.hidden}>
      {props.options.map((p, i) => (
        <li
          key={p.id}
          id={props.optionId(i)}
          role="option"
          aria-selected={i === props.active}
          className={i === props.active ? 'person-search-active' : undefined}
          // Keeps focus in the box, so the list is not closed by its blur before the click.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onPick(p)}
        >
          <strong>{p.name}</strong> <span className="muted">{describe(p)}</span>
        </li>
      ))}
    </ul>
  )
}

/** The box's keys: arrows move through the list, Enter picks, Escape closes the list, then clears. */
function searchKeys(s: {
  options: readonly FoundPerson[]
  expanded: boolean
  active: number
  text: string
  setOpen: (open: boolean) => void
  setActive: (change: (active: number) => number) => void
  setText: (text: string) => void
  pick: (person: FoundPerson) => void
}) {
  const { options, expanded, active } = s
  return (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      if (!options.length) return
      const step = e.key === 'ArrowDown' ? 1 : -1
      s.setOpen(true)
      s.setActive((i) => (expanded ? (i + step + options.length) % options.length : 0))
    } else if (e.key === 'Enter') {
      // Never submits the meeting form: Enter here only picks.
      e.preventDefault()
      const person = expanded ? options[active < 0 ? 0 : active] : undefined
      if (person) s.pick(person)
    } else if (e.key === 'Escape' && (expanded || s.text)) {
      e.preventDefault()
      if (expanded) s.setOpen(false)
      else s.setText('')
    }
  }
}

export function PersonSearch(props: {
  programmeId: string
  label: string
  hint: string
  /** Called with the person picked; returns what to announce (e.g. "Priya Natt added"). */
  onPick: (person: FoundPerson) => string
  /** Focus the box when it appears (it was just asked for). */
  focusOnShow?: boolean
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const focusOnShow = props.focusOnShow
  useEffect(() => {
    if (focusOnShow) input.current?.focus()
  }, [focusOnShow])
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [announced, setAnnounced] = useState('')
  const { options, status, forget } = usePeopleFound(props.programmeId, text)
  const expanded = open && options.length > 0
  const optionId = (i: number) => `${id}-option-${i}`

  const pick = (person: FoundPerson) => {
    setAnnounced(props.onPick(person))
    setText('')
    forget()
    setOpen(false)
    setActive(-1)
  }
  const onKeyDown = searchKeys({
    options,
    expanded,
    active,
    text,
    setOpen,
    setActive,
    setText,
    pick
  })

  return (
    <div className="person-search field">
      <label htmlFor={id}>{props.label}</label>
      <p id={`${id}-hint`} className="hint">
        {props.hint}
      </p>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <Suggestions
        id={`${id}-list`}
        label={props.label}
        hidden={!expanded}
        options={options}
        active={active}
        optionId={optionId}
        onPick={pick}
      />
      <p className="visually-hidden" role="status">
        {status || announced}
      </p>
    </div>
  )
}

/** A link that opens a person search in place, for a picker whose list may not hold them. */
export function FindInProgramme(props: {
  programmeId: string
  /** The link's words, and its name for assistive technology (saying which picker it is for). */
  opener: string
  openerName: string
  label: string
  /** Called with the person picked; the search closes (the caller moves focus on). */
  onPick: (person: FoundPerson) => void
}) {
  const [open, setOpen] = useState(false)
  // Closing the search by its button puts focus back on the link that opened it.
  const refocus = useRef(false)
  if (!open) {
    return (
      <button
        type="button"
        className="button-link find-in-programme-opener"
        aria-label={props.openerName}
        ref={(el) => {
          if (el && refocus.current) el.focus()
          refocus.current = false
        }}
        onClick={() => setOpen(true)}
      >
        {props.opener}
      </button>
    )
  }
  return (
    <div className="find-in-programme">
      <PersonSearch
        programmeId={props.programmeId}
        label={props.label}
        hint="Type two or more letters of their name, role or organisation, then pick them with the arrow keys and Enter."
        focusOnShow
        onPick={(person) => {
          props.onPick(person)
          setOpen(false)
          return ''
        }}
      />
      <button
        type="button"
        className="button-link"
        onClick={() => {
          refocus.current = true
          setOpen(false)
        }}
      >
        Close the search
      </button>
    </div>
  )
}
