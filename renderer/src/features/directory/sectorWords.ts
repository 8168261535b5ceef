// Sectors as people type them in a spreadsheet ("NHS", "voluntary", "GP practice") matched to
// the sector keys the directory keeps. Pure: no React.
import { SECTORS, type Sector } from '../../../../domain/vocabulary'

/** Lower case, with punctuation and runs of spaces as one space. */
export const words = (text: string) =>
  text
    .toLocaleLowerCase('en-GB')
    .replace(/[^\p{L}\p{N}’']+/gu, ' ')
    .trim()

/** Words people use for each sector, besides its key and its label. */
const SECTOR_WORDS: Record<Sector, string[]> = {
  nhs: [
    'nhs',
    'health',
    'health board',
    'hospital',
    'nhs trust',
    'trust',
    'icb',
    'integrated care board',
    'community health',
    'mental health'
  ],
  local_authority: [
    'local authority',
    'council',
    'la',
    'social care',
    'adult social care',
    'social services',
    'local government',
    'children’s services'
  ],
  primary_care: [
    'primary care',
    'gp',
    'gps',
    'gp practice',
    'gp practices',
    'general practice',
    'surgery',
    'pcn',
    'primary care network',
    'pharmacy'
  ],
  voluntary_community: [
    'voluntary',
    'voluntary sector',
    'community sector',
    'voluntary and community',
    'vcs',
    'vcse',
    'third sector',
    'charity',
    'charities',
    'not for profit'
  ],
  housing: ['housing', 'housing association', 'social housing'],
  independent_provider: [
    'independent',
    'independent provider',
    'private',
    'private sector',
    'provider',
    'care home',
    'care homes',
    'home care',
    'domiciliary care'
  ],
  community_members: [
    'community',
    'community member',
    'community members',
    'residents',
    'public',
    'citizens'
  ],
  people_using_services: [
    'people who use services',
    'service user',
    'service users',
    'carer',
    'carers',
    'patients',
    'lived experience',
    'experts by experience'
  ]
}

const SECTOR_LOOKUP = new Map<string, Sector>(
  (Object.keys(SECTORS) as Sector[]).flatMap((sector) =>
    [sector.replace(/_/g, ' '), words(SECTORS[sector]), ...SECTOR_WORDS[sector]].map(
      (w) => [words(w), sector] as const
    )
  )
)

export const SECTOR_HINT =
  'NHS, local authority, GP practice, voluntary, housing, independent, community or carers'

/** A sector typed as its label or a close word; null when it is none we know. */
export function matchSector(text: string): Sector | null {
  const typed = words(text)
  if (!typed) return null
  const exact = SECTOR_LOOKUP.get(typed)
  if (exact) return exact
  // "Local authority and social care", "Voluntary & community": the start of a label will do.
  const starts = (Object.keys(SECTORS) as Sector[]).filter(
    (s) => typed.length >= 4 && words(SECTORS[s]).startsWith(typed)
  )
  return starts.length === 1 ? (starts[0] ?? null) : null
}
