// Comment threads as they travel between the two apps in review files: the keys that remember
// where a comment came from (so importing a file twice adds nothing) and the order replies are
// written in (each after the comment it answers).
import { fieldError, type ApiError } from '../errors'

/** Origin key of a consultant's comment that came into the review area in a pack. */
export const packOrigin = (packId: string, commentId: string) => `pack:${packId}:${commentId}`
/** Origin key of a review-area comment that came back to the consultant in a comments file. */
export const commentOrigin = (packId: string, commentId: string) => `${packId}:${commentId}`

export function damaged(kind: 'review pack' | 'review comments file', detail: string): ApiError {
  return fieldError('content', `This ${kind} is damaged (${detail}); nothing was imported`)
}

/** Orders comments so each comes after the one it replies to (within the list). */
export function parentsFirst<T extends { id: string; parentId: string | null }>(list: T[]): T[] {
  const byId = new Map(list.map((c) => [c.id, c]))
  const placed = new Set<string>()
  const ordered: T[] = []
  for (const start of list) {
    const chain: T[] = []
    const seen = new Set<string>()
    let at: T | undefined = start
    while (at && !placed.has(at.id)) {
      if (seen.has(at.id)) return [] // a loop of replies: the caller reports it
      seen.add(at.id)
      chain.push(at)
      at = at.parentId ? byId.get(at.parentId) : undefined
    }
    for (const c of chain.reverse()) {
      placed.add(c.id)
      ordered.push(c)
    }
  }
  return ordered
}

export function duplicates(ids: string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)))
}
