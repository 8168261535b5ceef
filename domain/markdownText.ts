// Markdown as the words a reader sees: "**two** [notes](https://x)" reads "two notes". For short
// excerpts such as search snippets, where the syntax would otherwise show as typed. The text may
// carry marker characters (search highlights) around words: they are kept where they were, and
// Markdown next to them is still taken away. Pure: no I/O.

/** Characters the caller uses to mark words (search's highlight start and end). */
const MARKS = '\u0002\u0003'
const M = `[${MARKS}]*`

/** Block syntax at the start of a line: headings, quotes, list bullets and numbers, task boxes. */
const LINE_START = new RegExp(
  `^(${M})[ \\t]*(?:#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+|\\d{1,3}[.)][ \\t]+)+(?:\\[[ xX]\\][ \\t]+)?`,
  'gmu'
)
/** A line that is only a rule (---, ***, ___). */
const RULE = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/gmu
/** Images and links: their text stays, the address goes. */
const LINK = /!?\[([^\]\n]*)\]\([^)\n]*\)/gu
/** Emphasis and strike-through runs that touch a word on one side ("5 * 3" keeps its star). */
const STARS = /\*+(?=[^\s*])|(?<=[^\s*])\*+/gu
const TILDES = /~~(?=[^\s~])|(?<=[^\s~])~~/gu
/** Underscores for emphasis, not inside a word (snake_case keeps them). */
const UNDERSCORES = /(?<![\p{L}\p{N}_])_+(?=[^\s_])|(?<=[^\s_])_+(?![\p{L}\p{N}_])/gu
const BACKTICKS = /`+/gu
/** A backslash escaping Markdown punctuation shows only the punctuation. */
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|])/gu
/** Escaped emphasis characters are set aside (as private-use characters) while emphasis goes. */
const KEPT = ['\\', '`', '*', '_', '~']
const KEEP = /\\([\\`*_~])/gu
const keep = (_: string, char: string) => String.fromCharCode(0xe000 + KEPT.indexOf(char))
const RESTORE = /[\ue000-\ue004]/gu
const restore = (char: string) => KEPT[char.charCodeAt(0) - 0xe000] ?? ''

export function markdownToPlain(text: string): string {
  return text
    .replace(RULE, '')
    .replace(LINE_START, '$1')
    .replace(LINK, '$1')
    .replace(KEEP, keep)
    .replace(STARS, '')
    .replace(TILDES, '')
    .replace(UNDERSCORES, '')
    .replace(BACKTICKS, '')
    .replace(ESCAPE, '$1')
    .replace(RESTORE, restore)
}
