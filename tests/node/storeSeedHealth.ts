// Seed rows for partnership health (every table must hold rows in the store tests): a stakeholder
// matrix with a move, the programme's own framework, and a check with a meeting linked.
import { contextFor } from '../../api/context'
import type { Store } from '../../db/store'
import { dispatchValue } from '../support/api'
import { FIXED_NOW } from '../support/store'

export function seedHealth(store: Store, programmeId: string): void {
  const ctx = contextFor(store, () => FIXED_NOW)
  const [site] = dispatchValue(ctx, 'programmes.overview', { id: programmeId }).sites
  const siteId = site?.id ?? ''
  const [person] = dispatchValue(ctx, 'people.list', { programmeId })
  const { id } = dispatchValue(ctx, 'stakeholders.add', {
    siteId,
    personId: person?.id,
    group: 'inform',
    placedOn: '2026-03-01'
  })
  dispatchValue(ctx, 'stakeholders.move', { id, group: 'involve_closely', placedOn: '2026-06-01' })
  dispatchValue(ctx, 'stakeholders.add', {
    siteId,
    name: 'Cllr Jo Bright',
    description: 'Local councillor',
    group: 'keep_on_board',
    placedOn: '2026-03-01'
  })
  const own = dispatchValue(ctx, 'healthFrameworks.create', {
    programmeId,
    name: 'Trust in the room',
    scale: [
      { label: 'Low', score: 1 },
      { label: 'High', score: 2 }
    ],
    items: [{ label: 'People speak openly' }]
  })
  const [meeting] = dispatchValue(ctx, 'meetings.list', { siteId })
  dispatchValue(ctx, 'healthChecks.record', {
    siteId,
    frameworkId: 'library-qualities',
    checkedOn: '2026-04-01',
    judgedBy: 'group',
    meetingId: meeting?.id,
    judgements: [
      { itemId: 'library-quality-commitment', value: 'partly', note: 'Asha Patel stayed' }
    ]
  })
  const itemId = dispatchValue(ctx, 'healthFrameworks.list', { programmeId }).find(
    (f) => f.id === own.id
  )?.items[0]?.id
  dispatchValue(ctx, 'healthChecks.record', {
    siteId,
    frameworkId: own.id,
    checkedOn: '2026-04-01',
    judgedBy: 'consultant',
    judgements: [{ itemId: itemId ?? '', value: 'high' }]
  })
}
