// Sample team-level reflection cycles: the consultancy team and its learning partner, monthly.
import { firstName, reviewCycle, statusFor, tagCycle, type OwnCodes } from './cycleParts'
import { firstOfMonth, monthLabel, nthWeekday, shiftDays, shiftMonths, stamp } from './dates'
import type { CycleInsert, SampleContext, SampleRecords, SampleSite, SampleTeam } from './model'
import { TEAM_OBSERVE, TEAM_PLAN, TEAM_REFLECT } from './teamTexts'

/** How long before today the paused site stops being talked about by name: it has gone quiet. */
const PAUSED_QUIET_DAYS = 90

/**
 * On the fourth Thursday of each month the team reflects across the programme; about half the
 * time the cycle names the two to four sites it looked at most closely.
 */
export function planTeamReflections(
  ctx: SampleContext,
  sites: readonly SampleSite[],
  lastMet: ReadonlyMap<string, string>,
  team: SampleTeam,
  codes: OwnCodes,
  out: SampleRecords
): void {
  const rng = ctx.root.fork('team-reflections')
  const quiet = shiftDays(ctx.today, -14)
  const partner = team.learningPartner
  const partnerFirst = firstName(partner.name)
  let month = shiftMonths(firstOfMonth(ctx.startDate), 1)
  for (let k = 0; ; k++, month = shiftMonths(month, 1)) {
    const heldOn = nthWeekday(month, 4, 4)
    if (heldOn > quiet) break
    const going = sites.filter((s) => {
      const last = lastMet.get(s.row.id)
      if (s.row.startDate > heldOn || !last || last < shiftDays(heldOn, -45)) return false
      return s.row.status !== 'paused' || heldOn < shiftDays(ctx.today, -PAUSED_QUIET_DAYS)
    })
    if (going.length === 0) continue
    const named = going.length >= 2 && rng.chance(0.55) ? rng.sample(going, rng.int(2, 4)) : []
    const [a, b] = named.length > 0 ? named : rng.sample(going, 2)
    const fill = (text: string) =>
      text
        .replaceAll('{a}', a?.row.name ?? '')
        .replaceAll('{b}', (b ?? a)?.row.name ?? '')
        .replaceAll('{partner}', partnerFirst)
    const present = team.consultants.filter((_, i) => i === 0 || rng.chance(0.85))
    const withPartner = rng.chance(0.7)
    const passages = rng.sample(TEAM_REFLECT, rng.int(1, 2))
    const plans = rng.sample(TEAM_PLAN, rng.int(1, 2))
    const id = rng.uuid()
    // The Act is written up once the next month's cycle comes round.
    const acted = nthWeekday(shiftMonths(month, 1), 4, 4) <= quiet
    const row: CycleInsert = {
      id,
      programmeId: ctx.programmeId,
      siteId: null,
      meetingId: null,
      heldOn,
      title: `Team reflection: ${monthLabel(heldOn)}`,
      observe: rng.sample(TEAM_OBSERVE, rng.int(1, 2)).map(fill).join('\n\n'),
      reflect: passages.map((p) => fill(p.text)).join('\n\n'),
      plan: plans.map((p) => `- ${fill(p.text)}`).join('\n'),
      act: acted ? plans.map((p) => `- ${fill(p.done)}`).join('\n') : '',
      status: statusFor(rng, ctx.today, heldOn),
      createdAt: stamp(heldOn, 14, k % 60),
      updatedAt: stamp(acted ? shiftDays(heldOn, 27) : heldOn, 14, k % 60)
    }
    out.cycles.push(row)
    for (const site of named) out.cycleSites.push({ cycleId: id, siteId: site.row.id })
    for (const person of present) out.participants.push({ cycleId: id, personId: person.id })
    if (withPartner) out.participants.push({ cycleId: id, personId: partner.id })
    tagCycle(rng, id, passages, codes, out)
    reviewCycle(rng, ctx, row, partner.name, present[0]?.name ?? '', out)
  }
}
