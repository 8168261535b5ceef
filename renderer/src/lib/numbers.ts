/** A count as the UK writes it: 2,280. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB')
}
