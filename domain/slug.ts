// File names from programme and site names, shared by review packs, data exports and reports.

/** "Ageing Well Together" -> "ageing-well-together", for file names. */
export function slug(name: string): string {
  const whole = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  // At most 40 characters, cut between words ("cli" for "clip" reads as a typo); a single word
  // longer than that is cut where it must be.
  const lastBreak = whole.length > 40 ? whole.lastIndexOf('-', 40) : -1
  const s = (lastBreak > 0 ? whole.slice(0, lastBreak) : whole.slice(0, 40)).replace(/-+$/g, '')
  return s || 'programme'
}
