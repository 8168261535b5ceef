// Invented people and places for the sample: unique within a programme, never a real person.
import type { Random } from './random'

/** Pools are kept as text so they stay compact and easy to extend. */
function words(text: string): readonly string[] {
  return text.split(/\s+/).filter(Boolean)
}

const FIRST_NAMES = words(`
  Abdul Adebayo Aisha Aled Alice Amelia Amira Andrzej Angus Anita Arjun Ayesha Beverley Bethan
  Bilal Bronwen Callum Carys Catherine Chidi Chloe Ciaran Claire Colin Connor Dafydd Daniel
  Declan Deepa Denise Dilys Donna Eilidh Eleanor Emeka Emma Eoin Farah Fatima Fiona Folasade
  Gareth Gemma Grace Graham Gurpreet Hamish Hannah Harpreet Hassan Helen Ibrahim Imran Ioan
  Isla Jack Jagdeep James Janet Jasmine Jiang Joanne Kavita Keith Kerry Kirsty Kwame Lakshmi
  Laura Leon Lorraine Lowri Lucy Magdalena Mairead Malcolm Marcus Margaret Maria Marion Mei
  Mohammed Morag Nadia Naveed Niamh Nkechi Oliver Olumide Omar Owen Patrick Paul Pawel
  Precious Priya Rachel Rajesh Rhys Rosa Ruth Ryan Sadia Samuel Sandeep Sarah Seren Shauna
  Simon Sinead Siobhan Sophie Stuart Sunita Tariq Thomas Tomasz Trevor Tunde Usha Valentina
  Wei Yasmin Yusuf Zainab Zofia
`)

const LAST_NAMES = words(`
  Adeyemi Ahmed Akhtar Ali Anderson Asante Atkinson Bailey Banerjee Begum Bell Bennett Bhatt
  Boateng Brennan Brown Byrne Campbell Chaudhry Chen Chowdhury Clarke Collins Cooper Davies
  Dhillon Doherty Edwards Ellis Evans Fernandes Fitzgerald Fraser Gallagher Ghosh Gill Gordon
  Grant Griffiths Hall Hamilton Harris Henderson Howells Hughes Hussain Iqbal Jackson James
  Jenkins Johnson Jones Jovanovic Kaur Kelly Kennedy Khan Kowalski Kumar Lewis Li Lin Lloyd
  MacDonald MacLeod Mahmood Malik Martin McCarthy McKenzie Mensah Mistry Mitchell Morgan
  Murphy Murray Nolan Nowak Nwosu O'Brien O'Connor Okafor Okonkwo Osei Owen Oyelaran Parry
  Patel Pearson Phillips Powell Price Pritchard Pugh Quinn Rahman Rees Reid Roberts Robertson
  Rossi Russell Sandhu Scott Shah Sharma Singh Smith Stewart Sullivan Sutherland Taylor Thomas
  Thompson Turner Vaughan Walker Wang Watson Williams Wilson Wood Wright Yeung Young Zhang
  Zielinski
`)

const INITIALS = 'ABCDEFGHJKLMNPRSTW'

/** People's names, unique within one programme so pseudonyms and exports stay unambiguous. */
export class PersonNamer {
  private readonly used = new Set<string>()

  constructor(private readonly rng: Random) {}

  next(): { first: string; last: string; name: string } {
    for (let attempt = 0; ; attempt++) {
      const first = this.rng.pick(FIRST_NAMES)
      const last = this.rng.pick(LAST_NAMES)
      // At 500 sites the plain pool is more than half used; a middle initial keeps names unique.
      const middle = attempt >= 6 ? ` ${this.rng.pick([...INITIALS])}.` : ''
      const name = `${first}${middle} ${last}`
      if (this.used.has(name)) continue
      this.used.add(name)
      return { first: `${first}${middle}`, last, name }
    }
  }
}

/** Only the reserved example domains, so a sample address can never reach anyone. */
export function sampleEmail(first: string, last: string, domain: 'example.org' | 'example.net') {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z. ]/g, '')
      .replace(/[ .]+/g, '.')
  return `${slug(first)}.${slug(last)}@${domain}`
}

/** Ofcom's drama range (01632 960000-960999), kept for fiction. */
export function samplePhone(rng: Random): string {
  return `01632 960${String(rng.int(0, 999)).padStart(3, '0')}`
}

const PLACE_STEMS = words(`
  Abber Ashen Bellow Brindle Caddle Corran Dapple Dorrin Elver Fallow Farrow Gorrel Hallow
  Harrow Ivel Jessel Kestle Lark Lindel Marrow Mossel Nettle Orrin Pellow Quarren Ravel Rowan
  Sallow Selwin Tarrow Thistle Umber Vennel Wrex Wyther Yarrow Brack Cindle Garrow Hessel
`)

const TOWN_ENDINGS = words(`
  combe ley dene ford field ham holme ington mere stow thorpe wick worth bury brook cote hurst
  well by stead
`)
const AREA_ENDINGS = words('shire dale moor vale wold land')
const QUALIFIERS = words('Vale Green Heath Cross Park Bridge')
const COMPASS = words('North South East West Central')

// Stem and ending combinations that turn out to be real places, left out on purpose.
const REAL_PLACES = new Set(
  words(`
    Nettleham Nettlecombe Nettlestead Larkfield Harrowby Farrowdale Brackley Brackwell Marrowby
    Hallowell Lindley Corranbury Selwinford Thistleworth Ivelbury Harrowden Hallowdale Brackham
  `)
)

/**
 * Place names built from invented stems and English endings. Unique per programme even at 500
 * sites: when the combinations run out, a compass point and then a number tell them apart.
 */
export class PlaceNamer {
  private readonly used = new Set<string>()
  private readonly bases: string[] = []
  private readonly towns: string[]
  private readonly areas: string[]

  constructor(private readonly rng: Random) {
    const combine = (endings: readonly string[]) =>
      rng.shuffle(
        PLACE_STEMS.flatMap((stem) =>
          endings
            // "Hallowwell" and "Lindelley" read as typing errors, so doubled letters are left out.
            .filter((ending) => stem.slice(-1) !== ending.charAt(0))
            .map((ending) => `${stem}${ending}`)
        )
      )
    this.towns = combine(TOWN_ENDINGS).filter((name) => !REAL_PLACES.has(name))
    this.areas = combine(AREA_ENDINGS).filter((name) => !REAL_PLACES.has(name))
  }

  /** A town or neighbourhood, now and then with a second word ("Wrexley Vale"). */
  town(): string {
    return this.take(this.towns, 0.2)
  }

  /** A wider area: the council, health board and housing association are named after it. */
  area(): string {
    return this.take(this.areas, 0)
  }

  private take(pool: string[], qualifierChance: number): string {
    for (let base = pool.pop(); base !== undefined; base = pool.pop()) {
      const name = this.rng.chance(qualifierChance) ? `${base} ${this.rng.pick(QUALIFIERS)}` : base
      if (this.claim(name)) {
        this.bases.push(name)
        return name
      }
    }
    const base = this.rng.pick(this.bases)
    for (const direction of COMPASS) {
      if (this.claim(`${base} ${direction}`)) return `${base} ${direction}`
    }
    for (let n = 2; ; n++) {
      if (this.claim(`${base} ${n}`)) return `${base} ${n}`
    }
  }

  private claim(name: string): boolean {
    if (this.used.has(name)) return false
    this.used.add(name)
    return true
  }
}
