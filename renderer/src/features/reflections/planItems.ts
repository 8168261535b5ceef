// The items of a Plan written in Markdown: each list item ("- ...", "* ...", "1. ...") is one thing
// the group will try, and can become an action without retyping.
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(.+?)\s*$/

export function planItems(markdown: string): string[] {
  const items: string[] = []
  let inCode = false
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode
    if (inCode) continue
    const match = LIST_ITEM.exec(line)
    if (match?.[1]) items.push(stripInline(match[1]))
  }
  return items.filter(Boolean)
}

/** Plain words for an action's description: no emphasis markers or link syntax. */
function stripInline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .trim()
}
