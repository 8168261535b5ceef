// How a speaker's role is written after a quote: "(GP)". A role typed with its own brackets,
// "Participant (voluntary sector)", reads "(Participant, voluntary sector)", not nested brackets.

export function roleInBrackets(role: string): string {
  let words = role.trim()
  if (/^\(.*\)$/.test(words)) words = words.slice(1, -1).trim()
  words = words
    .replace(/\s*\(\s*([^()]*?)\s*\)\s*/g, (_, inner: string) => (inner ? `, ${inner} ` : ' '))
    .replace(/\s+/g, ' ')
    .replace(/\s+,/g, ',')
    .trim()
    .replace(/,$/, '')
  return `(${words})`
}
