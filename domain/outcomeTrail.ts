// An outcome's evidence trail: the notes on its ratings and the quotes, meetings and reflections
// linked to it, as one list in date order.
import type { EvidenceLinkListRow } from '../db/queries/outcomeEvidence'
import type { RatingListRow } from '../db/queries/outcomes'

interface TrailBase {
  /** The rating's id, or the evidence link's id (what unlinking takes). */
  id: string
  date: string
  note: string
}

export type TrailEntry =
  | (TrailBase & {
      kind: 'rating'
      rating: number
      judgedBy: RatingListRow['judgedBy']
      meetingId: string | null
    })
  | (TrailBase & {
      kind: 'quote'
      quoteId: string
      text: string
      speakerRole: string
      consent: NonNullable<EvidenceLinkListRow['consent']>
      meetingId: string | null
    })
  | (TrailBase & { kind: 'meeting'; meetingId: string; meetingKind: string; purpose: string })
  | (TrailBase & { kind: 'reflection'; reflectionId: string; title: string; teamLevel: boolean })

/** On the same day: the meeting, then what was said, the rating, and the reflection after. */
const SAME_DAY_ORDER: Record<TrailEntry['kind'], number> = {
  meeting: 0,
  quote: 1,
  rating: 2,
  reflection: 3
}

function fromLink(link: EvidenceLinkListRow): TrailEntry | null {
  const base = { id: link.id, date: link.date, note: link.note }
  if (link.kind === 'quote' && link.quoteId) {
    return {
      ...base,
      kind: 'quote',
      quoteId: link.quoteId,
      text: link.quoteText ?? '',
      speakerRole: link.speakerRole ?? '',
      consent: link.consent ?? 'not_asked',
      meetingId: link.meetingId
    }
  }
  if (link.kind === 'meeting' && link.meetingId) {
    return {
      ...base,
      kind: 'meeting',
      meetingId: link.meetingId,
      meetingKind: link.meetingKind ?? 'other',
      purpose: link.meetingPurpose ?? ''
    }
  }
  if (link.kind === 'reflection' && link.reflectionId) {
    return {
      ...base,
      kind: 'reflection',
      reflectionId: link.reflectionId,
      title: link.reflectionTitle ?? '',
      teamLevel: link.reflectionSiteId === null
    }
  }
  return null
}

export function evidenceTrail(
  ratings: RatingListRow[],
  links: EvidenceLinkListRow[]
): TrailEntry[] {
  const entries: TrailEntry[] = [
    ...ratings.map((r) => ({
      kind: 'rating' as const,
      id: r.id,
      date: r.ratedOn,
      note: r.evidence,
      rating: r.rating,
      judgedBy: r.judgedBy,
      meetingId: r.meetingId
    })),
    ...links.map(fromLink).filter((e): e is TrailEntry => e !== null)
  ]
  // Array.prototype.sort is stable: ratings keep their order, links theirs.
  return entries.sort(
    (a, b) => a.date.localeCompare(b.date) || SAME_DAY_ORDER[a.kind] - SAME_DAY_ORDER[b.kind]
  )
}
