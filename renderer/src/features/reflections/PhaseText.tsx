// One phase's text as written, with the button that marks a passage of it for reports (starting
// from whatever the user has selected inside the phase).
import { useRef, useState } from 'react'
import { PHASES, type Phase } from '../../../../domain/vocabulary'
import { ExcerptDialog } from './ExcerptDialog'
import { Markdown } from './Markdown'
import './excerpts.css'

/** The part of the page's selection that lies inside the element, as the user sees it. */
function selectedWithin(element: HTMLElement | null): string {
  const selection = window.getSelection()
  if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return ''
  const range = selection.getRangeAt(0)
  if (!range.intersectsNode(element)) return ''
  if (element.contains(range.commonAncestorContainer)) return selection.toString()
  // A selection that runs past the phase keeps only its part inside it.
  const inside = range.cloneRange()
  const whole = document.createRange()
  whole.selectNodeContents(element)
  if (inside.compareBoundaryPoints(Range.START_TO_START, whole) < 0) {
    inside.setStart(whole.startContainer, whole.startOffset)
  }
  if (inside.compareBoundaryPoints(Range.END_TO_END, whole) > 0) {
    inside.setEnd(whole.endContainer, whole.endOffset)
  }
  return inside.toString()
}

export function PhaseText(props: { cycleId: string; phase: Phase; text: string }) {
  const textRef = useRef<HTMLDivElement>(null)
  // Read on mouse down, before a click anywhere could move the selection.
  const picked = useRef<string | null>(null)
  const [draft, setDraft] = useState<string | null>(null)
  const label = PHASES[props.phase].label
  const open = () => {
    const selected = (picked.current ?? selectedWithin(textRef.current)).trim()
    picked.current = null
    setDraft(selected || props.text.trim())
  }
  return (
    <>
      <div ref={textRef} className="phase-text">
        <Markdown text={props.text} />
      </div>
      {props.text.trim() ? (
        <button
          type="button"
          className="button-secondary mark-excerpt"
          onMouseDown={() => {
            picked.current = selectedWithin(textRef.current)
          }}
          onClick={open}
        >
          Mark an excerpt for reports<span className="visually-hidden"> from {label}</span>
        </button>
      ) : null}
      {draft !== null ? (
        <ExcerptDialog
          cycleId={props.cycleId}
          phase={props.phase}
          text={draft}
          phaseText={props.text}
          onClose={() => setDraft(null)}
        />
      ) : null}
    </>
  )
}
