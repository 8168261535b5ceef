// The framework library as the handlers read it: the shipped frameworks (rows the migration
// seeded, with no programme) and the programme's own, each with its scale, items and whether the
// programme's sites use it.
import {
  chosenFrameworkIds,
  findFramework,
  listFrameworkRows,
  listItems,
  listScales
} from '../../db/queries/health'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import type { Framework } from '../../domain/healthChanges'

export interface FrameworkView extends Framework {
  description: string
  library: boolean
  chosen: boolean
  archivedAt: string | null
}

/** A programme with no choice recorded uses the whole library. */
export function chosenIds(ctx: ApiContext, programmeId: string, frameworks: FrameworkView[]) {
  const chosen = chosenFrameworkIds(ctx.db, programmeId)
  return chosen.length > 0 ? chosen : frameworks.filter((f) => f.library).map((f) => f.id)
}

export function loadFrameworks(
  ctx: ApiContext,
  programmeId: string,
  includeArchived = true
): FrameworkView[] {
  const rows = listFrameworkRows(ctx.db, programmeId, includeArchived)
  const ids = rows.map((r) => r.id)
  const items = listItems(ctx.db, ids)
  const scales = listScales(ctx.db, ids)
  const frameworks: FrameworkView[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    library: r.programmeId === null,
    chosen: false,
    archivedAt: r.archivedAt,
    scale: scales
      .filter((p) => p.frameworkId === r.id)
      .map((p) => ({ value: p.value, label: p.label, score: p.score })),
    items: items
      .filter((i) => i.frameworkId === r.id)
      .map((i) => ({ id: i.id, group: i.groupLabel, label: i.label }))
  }))
  const chosen = new Set(chosenIds(ctx, programmeId, frameworks))
  return frameworks.map((f) => ({ ...f, chosen: chosen.has(f.id) && !f.archivedAt }))
}

/** A framework the programme may see: the library's or its own. */
export function requireFramework(ctx: ApiContext, programmeId: string, id: string, path: string) {
  const framework = findFramework(ctx.db, id)
  if (!framework) throw notFound(path, 'framework', id)
  if (framework.programmeId !== null && framework.programmeId !== programmeId) {
    throw fieldError(path, `The framework ${framework.name} belongs to another programme`)
  }
  return framework
}

/** A scale value kept as a short key made from its label ("Not yet" -> "not_yet"). */
export function scaleValue(label: string, taken: Set<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'point'
  let value = base
  for (let n = 2; taken.has(value); n++) value = `${base}_${n}`
  taken.add(value)
  return value
}
