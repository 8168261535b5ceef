// Text with the search's matched words marked: plain parts from the API, never parsed as HTML.
import type { ApiOutput } from '../../../../api/contract'

export type MarkedText =
  ApiOutput<'search.query'>['groups'][number]['sites'][number]['hits'][number]['title']

export function Marked(props: { parts: MarkedText }) {
  return (
    <>
      {props.parts.map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>
      )}
    </>
  )
}

export function hasText(parts: MarkedText): boolean {
  return parts.some((p) => p.text.trim() !== '')
}
