// Renders a phase's Markdown safely (no raw HTML) as the consultants wrote it.
import ReactMarkdown from 'react-markdown'

export function Markdown({ text, empty }: { text: string; empty?: string }) {
  if (!text.trim()) return <p className="empty">{empty ?? 'Nothing written yet.'}</p>
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml>{text}</ReactMarkdown>
    </div>
  )
}
