// `npm run fuzz`: fast-check payloads to every API verb on a seeded store (FUZZ_RUNS a verb, 1,000
// unless set; FUZZ_SEED to replay; FUZZ_VERBS=a,b to pick verbs). Exits 1 on any defect.
import { fuzzVerb, verbNames, type VerbReport } from './fuzz/run'

async function main() {
  const runs = Number(process.env['FUZZ_RUNS'] ?? 1000)
  const seedValue = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2_147_483_647)
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error('FUZZ_RUNS must be a whole number above 0')
  const chosen = process.env['FUZZ_VERBS']?.split(',').filter(Boolean)
  const verbs = chosen ?? verbNames()
  console.log(`Fuzzing ${verbs.length} verbs, ${runs} payloads each, seed ${seedValue}`)
  const started = Date.now()
  const reports: VerbReport[] = []
  for (const verb of verbs) {
    const report = await fuzzVerb(verb, runs, seedValue)
    reports.push(report)
    const mark = report.defect ? 'DEFECT' : 'ok'
    console.log(
      `${mark.padEnd(6)} ${verb.padEnd(34)} ${String(report.refused).padStart(5)} refused ${String(report.accepted).padStart(5)} accepted ${report.ms} ms`
    )
    if (report.defect) console.log(`    ${report.defect}`)
  }
  const total = reports.reduce((n, r) => n + r.accepted + r.refused, 0)
  const refused = reports.reduce((n, r) => n + r.refused, 0)
  const defects = reports.filter((r) => r.defect)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `${total} payloads to ${verbs.length} verbs in ${seconds} s: ${refused} refused, ${total - refused} accepted, ${defects.length} verbs with a defect`
  )
  if (defects.length > 0) process.exit(1)
}

main().catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
