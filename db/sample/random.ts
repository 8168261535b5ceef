// Seeded randomness for the sample programme: the same key always gives the same choices and ids.

/**
 * cyrb128: spreads a text key over 128 bits, so neighbouring seeds and labels give unrelated
 * streams (a 32-bit generator such as mulberry32 walks one shared cycle, and thousands of forked
 * streams would overlap and repeat ids).
 */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  h2 ^= h1
  h3 ^= h1
  h4 ^= h1
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}

/** sfc32 with a 128-bit state; never Math.random, so a seed reproduces every row. */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(readonly key: string) {
    ;[this.a, this.b, this.c, this.d] = hash128(key)
    // The first outputs of sfc32 still echo the seed; discarding them is the usual remedy.
    for (let i = 0; i < 12; i++) this.next()
  }

  /**
   * An independent stream for one part of the sample: a part that makes more or fewer choices
   * (or a part added later) leaves every other part's rows and ids unchanged.
   */
  fork(label: string): Random {
    return new Random(`${this.key}/${label}`)
  }

  /** A number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** A shuffled copy (Fisher-Yates); the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items]
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const held = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = held
    }
    return copy
  }

  /** Up to n different items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n)
  }

  /** One item, chosen in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = this.next() * total
    for (const [item, weight] of entries) {
      roll -= weight
      if (roll < 0) return item
    }
    const last = entries[entries.length - 1]
    if (!last) throw new Error('Cannot pick from an empty list')
    return last[0]
  }

  /** A UUID v4-shaped id drawn from this stream, so ids are as reproducible as the rows. */
  uuid(): string {
    // A plain loop: a 500-site sample draws a few hundred thousand ids.
    let hex = ''
    for (let i = 0; i < 4; i++) {
      hex += Math.floor(this.next() * 4294967296)
        .toString(16)
        .padStart(8, '0')
    }
    const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
    return [
      hex.slice(0, 8),
      hex.slice(8, 12),
      `4${hex.slice(13, 16)}`,
      `${variant}${hex.slice(17, 20)}`,
      hex.slice(20, 32)
    ].join('-')
  }
}
