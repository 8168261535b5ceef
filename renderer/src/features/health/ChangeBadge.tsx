// How a judgement moved since the check before, in words with a colour that is never the only cue.
import type { Change } from '../../../../domain/healthChanges'

const WORDS: Record<Change, string> = {
  new: 'first judgement',
  same: 'no change',
  better: 'better',
  worse: 'worse',
  changed: 'changed'
}

export function ChangeBadge(props: { change: Change; from: string | null }) {
  const words =
    props.change === 'new' || props.change === 'same' || !props.from
      ? WORDS[props.change]
      : `${WORDS[props.change]}, was ${props.from.toLowerCase()}`
  return <span className={`change-badge change-${props.change}`}>{words}</span>
}
