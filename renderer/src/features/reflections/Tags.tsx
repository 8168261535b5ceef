// The themes tagged on a cycle or one of its phases, and tagging with a built-in theme or own code.
import './reflections.css'
import { useId, useState } from 'react'
import type { ApiOutput } from '../../../../api/contract'
import { THEME_SETS, type TagPlace } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'

type Tag = ApiOutput<'reflections.get'>['tags'][number]
type Theme = ApiOutput<'themes.list'>[number]

export function Tags(props: {
  cycleId: string
  place: TagPlace
  placeLabel: string
  tags: Tag[]
  themes: Theme[]
}) {
  const tag = useApiMutation('reflections.tag')
  const untag = useApiMutation('reflections.untag')
  const [choice, setChoice] = useState('')
  const id = useId()
  const here = props.tags.filter((t) => t.phase === props.place)
  const available = props.themes.filter((t) => !here.some((h) => h.themeId === t.id))
  return (
    <div className="tags">
      <ul className="chips" aria-label={`Themes on ${props.placeLabel}`}>
        {here.map((t) => (
          <li key={t.id}>
            {t.name}{' '}
            <button
              type="button"
              className="button-link"
              onClick={() => untag.mutate({ id: t.id })}
            >
              <span aria-hidden="true">×</span>
              <span className="visually-hidden">
                Remove the theme {t.name} from {props.placeLabel}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={id} className="visually-hidden">
        Tag {props.placeLabel} with a theme
      </label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Add a theme to {props.placeLabel.toLowerCase()}…</option>
        {(Object.keys(THEME_SETS) as Theme['themeSet'][]).map((set) => (
          <optgroup key={set} label={THEME_SETS[set]}>
            {available
              .filter((t) => t.themeSet === set)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button-secondary"
        disabled={!choice || tag.isPending}
        onClick={() =>
          tag.mutate(
            { cycleId: props.cycleId, themeId: choice, phase: props.place },
            { onSuccess: () => setChoice('') }
          )
        }
      >
        Tag<span className="visually-hidden"> {props.placeLabel}</span>
      </button>
    </div>
  )
}
