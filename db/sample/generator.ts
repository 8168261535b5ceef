// Placeholder replaced below by the real generator.
import type { Db } from '../store'
export interface SampleOptions {
  seed: number
  sites: number
  today: Date
}
export function generateSampleProgramme(_db: Db, _options: SampleOptions): { programmeId: string } {
  throw new Error('sample generator missing')
}
