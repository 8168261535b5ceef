// One numbering of a site's tests of change for every chart and report (T1, T2 ...), and the rows
// that keep labels of markers close in time from printing over each other. Pure; the renderer
// imports it too.

export interface NumberableTest {
  id: string
  title: string
  startedOn: string | null
  decidedOn: string | null
}

const byDateThenTitle = (a: [string, string], b: [string, string]) =>
  a[0].localeCompare(b[0]) || a[1].localeCompare(b[1])

/**
 * Each test's number: tests that started, by start date then title (the rule the reports use, so
 * a started test has the same number everywhere); tests decided without a recorded start follow,
 * by decision date. Tests with neither date get no number.
 */
export function testNumbers(tests: readonly NumberableTest[]): Map<string, number> {
  const started: [string, string, string][] = []
  const decidedOnly: [string, string, string][] = []
  for (const t of tests) {
    if (t.startedOn !== null) started.push([t.startedOn, t.title, t.id])
    else if (t.decidedOn !== null) decidedOnly.push([t.decidedOn, t.title, t.id])
  }
  const ordered = [
    ...started.sort((a, b) => byDateThenTitle([a[0], a[1]], [b[0], b[1]])),
    ...decidedOnly.sort((a, b) => byDateThenTitle([a[0], a[1]], [b[0], b[1]]))
  ]
  return new Map(ordered.map(([, , id], i) => [id, i + 1]))
}

/**
 * The row for each label along an axis (positions in any order): the lowest row in which it is
 * at least `gap` after the label before it, so labels never overprint however many are close.
 */
export function labelRows(positions: readonly number[], gap: number): number[] {
  const order = positions.map((position, index) => ({ position, index }))
  order.sort((a, b) => a.position - b.position || a.index - b.index)
  const rowEnds: number[] = []
  const rows = positions.map(() => 0)
  for (const { position, index } of order) {
    let row = rowEnds.findIndex((end) => position - end >= gap)
    if (row === -1) row = rowEnds.length
    rowEnds[row] = position
    rows[index] = row
  }
  return rows
}
