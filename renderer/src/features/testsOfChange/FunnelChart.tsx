// The programme funnel: per site, how many tests are at each stage, as a stacked bar chart in
// colour-blind-safe colours, and the same figures as a table (shown beside it, not hidden).
import './testsOfChange.css'
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts'
import type { TestStatus } from '../../../../domain/lifecycle'
import { BAR_OUTLINE, ChartArea, PALETTE } from '../engagement/ChartArea'
import {
  FUNNEL_LABELS,
  FUNNEL_ORDER,
  funnelBars,
  funnelSummary,
  stageTotals,
  type Funnel
} from './funnelSeries'

/** Okabe-Ito colours, one per stage; bars are outlined so the pale ones stand out. */
export const STAGE_COLOURS: Record<TestStatus, string> = {
  idea: PALETTE.grey,
  planned: PALETTE.skyBlue,
  testing: PALETTE.blue,
  adapted: PALETTE.orange,
  adopted: PALETTE.green,
  abandoned: PALETTE.vermillion
}

export function FunnelChart({ funnel, width }: { funnel: Funnel; width?: number }) {
  const bars = funnelBars(funnel)
  const totals = stageTotals(funnel)
  const height = 90 + 44 * bars.length
  return (
    <>
      {totals.total === 0 ? (
        <p className="empty">No tests of change recorded in any site yet.</p>
      ) : (
        <ChartArea
          label={`Tests of change by site and stage: ${funnelSummary(funnel)}`}
          width={width}
          height={height}
        >
          <BarChart
            data={bars}
            layout="vertical"
            width={width}
            height={height}
            accessibilityLayer={false}
            margin={{ top: 5, right: 20, bottom: 5, left: 20 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="siteName" width={140} />
            <Tooltip />
            <Legend
              itemSorter={(item) => FUNNEL_ORDER.findIndex((s) => s === item.dataKey)}
              formatter={(value: string) => <span className="toc-legend-text">{value}</span>}
            />
            {FUNNEL_ORDER.map((status) => (
              <Bar
                key={status}
                dataKey={status}
                name={FUNNEL_LABELS[status]}
                stackId="tests"
                fill={STAGE_COLOURS[status]}
                stroke={BAR_OUTLINE}
                strokeWidth={0.5}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ChartArea>
      )}
    </>
  )
}

/**
 * The funnel's figures. Given `all`, `funnel` is one page of its sites: the rows say where they
 * sit among all the sites' rows (aria-rowcount and -rowindex) and the totals count every site.
 */
export function FunnelTable({
  funnel,
  all,
  from = 0
}: {
  funnel: Funnel
  all?: Funnel
  from?: number
}) {
  const bars = funnelBars(funnel)
  const totals = stageTotals(all ?? funnel)
  const rows = (all ?? funnel).sites.length
  return (
    <table className="table toc-funnel-table" aria-rowcount={rows + 2}>
      <caption>Tests of change by site and stage</caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Site</th>
          {FUNNEL_ORDER.map((s) => (
            <th key={s} scope="col">
              {FUNNEL_LABELS[s]}
            </th>
          ))}
          <th scope="col">All tests</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b, i) => (
          <tr key={b.siteId} aria-rowindex={from + i + 2}>
            <th scope="row">{b.siteName}</th>
            {FUNNEL_ORDER.map((s) => (
              <td key={s}>{b[s]}</td>
            ))}
            <td>{b.total}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr aria-rowindex={rows + 2}>
          <th scope="row">All sites</th>
          {FUNNEL_ORDER.map((s) => (
            <td key={s}>{totals[s]}</td>
          ))}
          <td>{totals.total}</td>
        </tr>
      </tfoot>
    </table>
  )
}
