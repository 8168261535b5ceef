// The forms a name takes in typed text, for the anonymiser: accents dropped or kept ("Zoe" for
// "Zoë"), typographic apostrophes and hyphens ("O’Neill", "Smith Patel"), a courtesy title in
// front ("Dr Okafor"), and the words that are names only when written as one ("Rose", "Will").
// Also the contact details (email addresses, phone numbers) an anonymised report never carries.

/** Letters that do not decompose into a base letter and an accent. */
const FOLD_EXTRA: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u2010': '-',
  '\u2011': '-'
}

const foldCache = new Map<string, string>()

function foldUnit(unit: string): string {
  let folded = foldCache.get(unit)
  if (folded === undefined) {
    const base = FOLD_EXTRA[unit] ?? unit.normalize('NFD').replace(/\p{M}/gu, '')
    folded = base.length === 1 ? base : unit
    foldCache.set(unit, folded)
  }
  return folded
}

/**
 * The text with accents dropped and apostrophes and hyphens made plain, one UTF-16 unit for each
 * (so a match's place is the same in the text as typed); combining accents stay where they are.
 */
export function foldText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charAt(i))
  return out
}

/** Courtesy titles: not names on their own, but the word after one is a name. */
export const TITLES: Record<string, string> = {
  dr: 'a doctor',
  doctor: 'a doctor',
  prof: 'a professor',
  professor: 'a professor',
  cllr: 'a councillor',
  councillor: 'a councillor',
  rev: 'a minister',
  revd: 'a minister',
  sister: 'a nurse',
  mr: 'someone',
  mrs: 'someone',
  ms: 'someone',
  miss: 'someone',
  mx: 'someone',
  sir: 'someone',
  dame: 'someone',
  lord: 'someone',
  lady: 'someone'
}

/** "Dr", "DR": a title as written in front of a name, with or without a full stop. */
function titleAlternatives(): string {
  const forms = Object.keys(TITLES).flatMap((t) => [
    t.charAt(0).toUpperCase() + t.slice(1),
    t.toUpperCase()
  ])
  return forms.sort((a, b) => b.length - a.length).join('|')
}

/** A word as the matcher compares it: folded, no accents, lower case. */
export function wordKey(word: string): string {
  return foldText(word).replace(/\p{M}/gu, '').toLowerCase()
}

/** The words of a name, folded and in lower case: "O'Neill" is "o", "neill". */
export function nameParts(name: string): string[] {
  return wordKey(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** What identifies a name however it was typed: its words run together ("oneill"). */
export function nameKey(name: string): string {
  return nameParts(name).join('')
}

/**
 * Words that are names but also ordinary English: matched only written as a name (capitalised or
 * in capitals), never in lower case. Other first names and surnames match in any case.
 */
export const WORD_NAMES = new Set(
  `al ed jo bo di cy
  will mark rose faith hope bill grace joy may june april august dawn summer autumn sky violet ruby
  pearl amber ivy holly lily daisy iris heather jasmine hazel olive penny sue pat ray guy jack frank
  rich rob nick drew dean miles chase hunter grant bob carol don gene art earl lance bud job king
  long little young white black brown green gray grey wood hall hill field page bond chance cash
  sage angel star sunny honey candy cherry crystal dale glen heath lane reed rush ward wells bishop
  baker butcher cook fisher mason miller smith turner walker porter shepherd carter carpenter archer
  hunt marsh moss stone rock banks brook brooks ford bell day rich sharp strong swift wise good best
  north south east west english french welsh scott irish price rice lamb fox wolf crow drake swan
  hawk finch robin jay wren lark peacock bird coke head foot hand arm leg lord knight major noble
  bay cliff coast cross crane gates gill hart hope hardy hale moody page parks pool power short
  small snow spring tall tower vale victor wall wing winter wood woods bush birch ash oak elm pine
  frost rain storm ivy charity constance patience prudence mercy honor honour verity sunday norman
  hale ruth sterling royal earnest ernest viola melody harmony happy lucky max sal val sol ace buck
  sonny kit kitty tiny nat`
    .split(/\s+/)
    .filter(Boolean)
)

/**
 * Words of organisation, site and locality names that are not names on their own ("Trust",
 * "Borough", "Vale"): the distinctive words ("Kestrel", "Northshire") are.
 */
export const GENERIC_WORDS = new Set(
  `the and of for in on at by upon under with a an our
  nhs trust foundation council borough county city district town village parish ward
  community communities health care healthcare social services service group partnership partners
  network alliance association society charity trustees centre center hub hospital hospitals
  university college school practice practices surgery surgeries medical clinic pharmacy team teams
  primary secondary acute mental integrated board commissioning icb icp pcn ccg gp gps
  housing homes home living support supported age concern advice citizens mind action
  voluntary sector volunteers volunteer independent provider providers limited ltd cic plc uk
  north south east west northern southern eastern western upper lower great little new old
  central inner outer greater vale valley bay coast coastal quay harbour port cross end green
  hill park road street lane estate bridge field fields wood heath side rural urban west
  area areas locality place region regional local national royal saint st
  older young people person family families carers carer children adults adult services
  together forum project programme site sites house houses lodge court grange gardens garden mill
  church chapel station market orchard way library libraries day faith residents resident patient
  patients participation older cafe café sheltered medical dementia fire rescue police ambulance
  museum leisure sports sport club academy nursery infant infants junior high grammar solutions
  consulting consultancy associates learning institute research development agency office
  department unit lab labs works shop store kitchen bank food shed aid relief recovery wellbeing
  wellness lives life friends neighbours neighbourhood good avenue close drive square terrace row
  walk manor farm cottage tower castle abbey priory cathedral minster dock wharf beach island isle
  moor fen downs meadow meadows common commons gate gateway link links connect connected
  together first one all every wider joint whole advocacy recovery hospice trustee trustees
  residential nursing homecare domiciliary extra supported independent information citizens advice
  welfare rights debt money credit union ltd co company companies enterprise enterprises social
  quarter ward wards centre centres`
    .split(/\s+/)
    .filter(Boolean)
)

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu

// A UK number (07700 900123, 0161 496 0000, (020) 7946 0958, +44 (0)20 7946 0958) or any
// international one: digits with spaces, hyphens or brackets between them.
const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?\d{1,3}\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s\-)]{0,2}\d){6,12}(?!\p{N})/gu

function isPhone(match: string): boolean {
  const digits = match.replace(/\D/g, '')
  if (/^(?:\+|00)/.test(match)) return digits.length >= 9 && digits.length <= 15
  return digits.length === 10 || digits.length === 11
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"]+[^\s<>".,;:!?)\]]/giu
const HANDLE = /(?<![\p{L}\p{N}.@])@\p{L}[\p{L}\p{N}_]+/gu
// A UK postcode (EB1 2CD, SW1A 1AA): an address narrows a place down as much as its name does.
const POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])/gu

/** Email addresses and phone numbers put into words; `wrap` may set the words aside. */
export function removeEmailsAndPhones(
  text: string,
  wrap: (words: string) => string = (w) => w
): string {
  return text
    .replace(EMAIL, () => wrap('[email removed]'))
    .replace(PHONE, (m) => (isPhone(m) ? wrap('[phone number removed]') : m))
}

/**
 * Email addresses, web and social media addresses, phone numbers and postcodes put into words;
 * `wrap` may set the words aside.
 */
export function removeContacts(text: string, wrap: (words: string) => string = (w) => w): string {
  const noEmails = text.replace(EMAIL, () => wrap('[email removed]'))
  return removeEmailsAndPhones(
    noEmails
      .replace(WEB_ADDRESS, () => wrap('[web address removed]'))
      .replace(HANDLE, () => wrap('[social media name removed]')),
    wrap
  ).replace(POSTCODE, () => wrap('[postcode removed]'))
}

// A capitalised word of two letters or more ("Okafor", "O'Neill", "Brown-Lee"), not an initial
// ("Mrs H's"); a possessive "'s" is left after it.
const NAME_WORD = "\\p{Lu}(?:['\u2019]\\p{Lu})?[\\p{L}\\p{M}]+(?:-\\p{Lu}[\\p{L}\\p{M}]*)*"

const TITLED_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(${titleAlternatives()})\\.?\\s+${NAME_WORD}(?:\\s+(?=\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll})${NAME_WORD})?`,
  'gu'
)

/**
 * A courtesy title and the capitalised words after it ("Dr Okafor", "Cllr Hale") are a person the
 * store may not know: put into words ("a doctor", "a councillor", "someone"), capitalised where a
 * sentence starts.
 */
export function removeTitledNames(text: string, wrap: (words: string) => string): string {
  return text.replace(TITLED_NAME, (_m, title: string, offset: number) => {
    const words = TITLES[title.toLowerCase()] ?? 'someone'
    const startsSentence = /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(0, offset))
    return wrap(startsSentence ? words.charAt(0).toUpperCase() + words.slice(1) : words)
  })
}
