// Seed rows for partnership health (every table must hold rows in the store tests): a stakeholder
// matrix with a move, the programme's own framework, and a check with a meeting linked.
import { contextFor } from '../../api/context'
import type { Store } from '../../db/store'
import { call } from './storeSeed'
import { FIXED_NOW } from './support'

export function seedHealth(store: Store, programmeId: string): void {
  const ctx = contextFor(store, () => FIXED_NOW)
  const [site] = call(ctx, 'programmes.overview', { id: programmeId }).sites
  const siteId = site?.id ?? ''
  const [person] = call(ctx, 'people.list', { programmeId })
  const { id } = call(ctx, 'stakeholders.add', {
    siteId,
    personId: person?.id,
    group: 'inform',
    placedOn: '2026-03-01'
  })
  call(ctx, 'stakeholders.move', { id, group: 'involve_closely', placedOn: '2026-06-01' })
  call(ctx, 'stakeholders.add', {
    siteId,
    name: 'Cllr Jo Bright',
    description: 'Local councillor',
    group: 'keep_on_board',
    placedOn: '2026-03-01'
  })
  const own = call(ctx, 'healthFrameworks.create', {
    programmeId,
    name: 'Trust in the room',
    scale: [
      { label: 'Low', score: 1 },
      { label: 'High', score: 2 }
    ],
    items: [{ label: 'People speak openly' }]
  })
  const [meeting] = call(ctx, 'meetings.list', { siteId })
  call(ctx, 'healthChecks.record', {
    siteId,
    frameworkId: 'library-qualities',
    checkedOn: '2026-04-01',
    judgedBy: 'group',
    meetingId: meeting?.id,
    judgements: [
      { itemId: 'library-quality-commitment', value: 'partly', note: 'Asha Patel stayed' }
    ]
  })
  const itemId = call(ctx, 'healthFrameworks.list', { programmeId }).find((f) => f.id === own.id)
    ?.items[0]?.id
  call(ctx, 'healthChecks.record', {
    siteId,
    frameworkId: own.id,
    checkedOn: '2026-04-01',
    judgedBy: 'consultant',
    judgements: [{ itemId: itemId ?? '', value: 'high' }]
  })
}
