// Inputs for the reflection excerpts marked for reports, and the rule that an excerpt is a passage
// of its phase as written. Pure, so the handlers and the cycle page share one reading of the rule.
import { z } from 'zod'
import { recordId, requiredText } from './common'
import { keysOf, PHASES, type Phase } from '../../domain/vocabulary'

export const EXCERPT_MAX = 2000

export const excerptText = requiredText('Excerpt', EXCERPT_MAX)

export const listExcerpts = z.object({ cycleId: recordId('Reflection cycle') })

export const addExcerpt = z.object({
  cycleId: recordId('Reflection cycle'),
  phase: z.enum(keysOf(PHASES), { error: 'Choose Observe, Reflect, Plan or Act' }),
  text: excerptText
})

export const updateExcerpt = z.object({ id: recordId('id'), text: excerptText })

/** What the excerpt dialog edits: only the words (the phase is fixed by where it was opened). */
export const excerptForm = z.object({ text: excerptText })

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * A phase's words without Markdown markup, so a passage selected on the cycle page (where the
 * phase is shown rendered) reads the same as one copied from the text as typed.
 */
export function plainWords(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)*/gm, '')
    .replace(/[*_`~]+/g, '')
}

/** The form two excerpts are compared in: the same key is the same excerpt. */
export function excerptKey(text: string): string {
  return collapse(plainWords(text))
}

/** Whether the excerpt is a passage of the phase as written (whitespace does not count). */
export function isPassageOf(excerpt: string, phaseText: string): boolean {
  const asTyped = collapse(excerpt)
  const plain = excerptKey(excerpt)
  if (!asTyped || !plain) return false
  return collapse(phaseText).includes(asTyped) || excerptKey(phaseText).includes(plain)
}

/** Why an excerpt was refused, in words that say what to do instead. */
export function notAPassage(phase: Phase, phaseText: string): string {
  const label = PHASES[phase].label
  return phaseText.trim()
    ? `The excerpt must be a passage of the ${label} phase as written; copy it from there`
    : `The ${label} phase has nothing written yet, so there is nothing to mark for reports`
}
