// The sample programme: "explore the sample programme" on the welcome screen.
import { z } from 'zod'
import { generateSampleProgramme } from '../../db/sample/generator'
import { handler } from '../handler'

export const sampleHandlers = {
  'sample.create': handler(
    z.object({
      seed: z.number({ error: 'Seed must be a number' }).int().default(2026),
      sites: z
        .number({ error: 'Sites must be a number' })
        .int()
        .min(1, { error: 'Sites must be at least 1' })
        .max(1000, { error: 'Sites must be at most 1000' })
        .default(10)
    }),
    (ctx, input) => generateSampleProgramme(ctx.db, { ...input, today: ctx.clock() })
  )
}
