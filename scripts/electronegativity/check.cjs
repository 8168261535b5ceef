// Reads electronegativity's SARIF reports and fails on any finding of level "error" (the tool
// itself exits 0 whatever it finds), listing every finding so a warning is seen too.
const fs = require('node:fs')

const files = process.argv.slice(2)
const missing = files.length === 0 ? ['(none given)'] : files.filter((f) => !fs.existsSync(f))
if (missing.length > 0) {
  console.error(`No electronegativity report at ${missing.join(', ')}: did the scan run?`)
  process.exit(1)
}
const results = files.flatMap((file) => {
  const sarif = JSON.parse(fs.readFileSync(file, 'utf8'))
  return (sarif.runs ?? []).flatMap((run) => run.results ?? [])
})
const counts = { error: 0, warning: 0, note: 0 }
for (const result of results) {
  const level = result.level ?? 'warning'
  counts[level] = (counts[level] ?? 0) + 1
  const where = result.locations?.[0]?.physicalLocation
  const place = where
    ? `${where.artifactLocation?.uri ?? '?'}:${where.region?.startLine ?? '?'}`
    : 'the whole app'
  console.log(`${level.padEnd(7)} ${result.ruleId}  ${place}  ${result.message?.text ?? ''}`)
}
console.log(
  `electronegativity: ${results.length} findings (${counts.error} error, ${counts.warning} warning, ${counts.note} note)`
)
if (counts.error > 0) {
  console.error('Failing: fix or justify every finding of level error.')
  process.exit(1)
}
