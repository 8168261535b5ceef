// Where a search hit leads: the record itself, or the screen that shows it.
import type { ApiOutput } from '../../../../api/contract'

export type SearchHit = ApiOutput<'search.query'>['groups'][number]['sites'][number]['hits'][number]

export function searchPath(programmeId: string): string {
  return `/programmes/${programmeId}/search`
}

export function hitPath(programmeId: string, hit: SearchHit): string {
  const programme = `/programmes/${programmeId}`
  const site = `${programme}/sites/${hit.siteId ?? ''}`
  switch (hit.kind) {
    case 'meeting':
    case 'focus_area':
    case 'decision':
      return `${site}/meetings/${hit.openId}`
    case 'quote':
      return `${site}/quotes`
    case 'action':
      return `${programme}/actions`
    case 'reflection':
      return `${programme}/reflections/${hit.openId}`
    case 'test_of_change':
    case 'pdsa_cycle':
      return `${site}/tests/${hit.openId}`
  }
}
