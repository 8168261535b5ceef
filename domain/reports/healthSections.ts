// The site report's partnership-health sections, built by pure functions like the rest of the
// report model: the stakeholder matrix at the period's end with its moves during the period, and
// the health checks of the period with each framework's latest judgements.
import { dayLabel } from '../earlyWarnings'
import {
  checksWithChanges,
  latestJudgements,
  type Check,
  type LatestCell,
  type Framework
} from '../healthChanges'
import { historyInWords, placementsAt, type PlacementEvent } from '../stakeholderMatrix'
import { STAKEHOLDER_GROUPS } from '../vocabulary'
import type { ReportTable } from './model'

export interface StakeholderReportSection {
  key: 'stakeholders'
  asOf: string
  groups: { label: string; names: string[] }[]
  changes: string[]
}

export interface HealthReportSection {
  key: 'health'
  frameworks: { name: string; table: ReportTable }[]
  checks: { checkedOn: string; framework: string; summary: string }[]
}

export interface HealthSource {
  stakeholders: { id: string; name: string; description: string }[]
  placements: PlacementEvent[]
  frameworks: Framework[]
  /** Every check of the site up to the period's end, oldest first. */
  checks: Check[]
}

export function stakeholderSection(
  source: HealthSource,
  period: { from: string; to: string }
): StakeholderReportSection {
  const at = placementsAt(source.placements, period.to)
  const names = new Map(source.stakeholders.map((s) => [s.id, s.name]))
  return {
    key: 'stakeholders',
    asOf: period.to,
    groups: Object.entries(STAKEHOLDER_GROUPS).map(([key, label]) => ({
      label,
      names: source.stakeholders
        .filter((s) => at.get(s.id)?.quadrant === key)
        .map((s) => (s.description ? `${s.name} (${s.description})` : s.name))
    })),
    changes: historyInWords(
      source.placements.filter((p) => p.placedOn <= period.to),
      names
    )
      .filter((h) => h.placedOn >= period.from)
      .map((h) => h.text)
  }
}

const CHANGE_WORDS = {
  new: 'First judged',
  same: 'No change',
  better: 'Better',
  worse: 'Worse',
  changed: 'Changed'
} as const

export function healthSection(
  source: HealthSource,
  period: { from: string; to: string }
): HealthReportSection {
  const upTo = source.checks.filter((c) => c.checkedOn <= period.to)
  const inPeriod = (c: Check) => c.checkedOn >= period.from
  const used = source.frameworks.filter((f) =>
    upTo.some((c) => c.frameworkId === f.id && inPeriod(c))
  )
  return {
    key: 'health',
    frameworks: used.map((f) => {
      const cells = [...latestJudgements(f, upTo).values()][0] ?? new Map<string, LatestCell>()
      return {
        name: f.name,
        table: {
          columns: ['Item', 'Latest judgement', 'Change', 'Judged on'],
          rows: f.items
            .filter((item) => cells.has(item.id))
            .map((item) => {
              const cell = cells.get(item.id)
              const label = item.group ? `${item.group}: ${item.label}` : item.label
              const change =
                cell?.previousLabel && cell.change !== 'same' && cell.change !== 'new'
                  ? `${CHANGE_WORDS[cell.change]} (was ${cell.previousLabel.toLowerCase()})`
                  : CHANGE_WORDS[cell?.change ?? 'new']
              return [label, cell?.label ?? '', change, dayLabel(cell?.checkedOn ?? period.to)]
            })
        }
      }
    }),
    checks: source.frameworks
      .flatMap((f) =>
        checksWithChanges(
          f,
          upTo.filter((c) => c.frameworkId === f.id)
        )
          .filter(({ check }) => inPeriod(check))
          .map(({ check, summary }) => ({ checkedOn: check.checkedOn, framework: f.name, summary }))
      )
      .sort((a, b) => (a.checkedOn < b.checkedOn ? -1 : a.checkedOn > b.checkedOn ? 1 : 0))
  }
}
