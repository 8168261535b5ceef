// Builds a saved report's document from the store: each site's pages over the period, the
// programme overview, and for an anonymised report the pseudonyms and the final scan for names.
import { createHash } from 'node:crypto'
import { z } from 'zod'
import { dashboardOutcomes, dashboardProgramme, dashboardSites } from '../../db/queries/dashboard'
import {
  listPseudonyms,
  savePseudonym,
  sitePeopleNames,
  storeNames,
  type ReportRow
} from '../../db/queries/reports'
import {
  consentedQuotesDuring,
  excerptsDuring,
  meetingsDuring,
  membersDuring,
  organisationsTakingPart,
  outcomeRatingsJson,
  outcomesUpTo,
  reportSites,
  stageAt,
  testsDuring,
  type Period,
  type ReportSiteRow
} from '../../db/queries/reportSite'
import { parseStoredJson } from '../../db/rows'
import { listPeopleOrdered } from '../../db/queries/directory'
import type { ApiContext } from '../context'
import { today } from '../context'
import { ApiError } from '../errors'
import { REPORT_SECTIONS, type ReportSectionKey } from '../schemas/reports'
import { stageLabel, type StageModel } from '../../domain/vocabulary'
import { outcomeFigures, siteFigures } from '../features/dashboard'
import { slug } from '../features/reviewPacks'
import {
  defaultSitePseudonym,
  findNames,
  mapStrings,
  nameMatcher,
  newPersonPseudonyms,
  replacementIn,
  type NameHit
} from '../../domain/reports/anonymise'
import { dayLabel } from '../../domain/earlyWarnings'
import { healthSource } from './healthSource'
import {
  changeText,
  siteReportPart,
  type ProgrammeOverview,
  type ReportDocument,
  type SiteSource
} from '../../domain/reports/model'

function parseList<T extends string>(json: string): T[] {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value.filter((v): v is T => typeof v === 'string') : []
}

export function leftOutOf(report: ReportRow): ReportSectionKey[] {
  return parseList<ReportSectionKey>(report.leftOut).filter((k) =>
    Object.hasOwn(REPORT_SECTIONS, k)
  )
}

export function siteIdsOf(report: ReportRow): string[] {
  return parseList<string>(report.siteIds)
}

function siteSource(
  ctx: ApiContext,
  site: ReportSiteRow,
  model: StageModel,
  p: Period
): SiteSource {
  const stage = stageAt(ctx.db, site.id, p.to)
  return {
    site,
    stage: stage ? { ...stage, label: stageLabel(model, stage.stage) } : null,
    members: membersDuring(ctx.db, site.id, p),
    outcomes: outcomesUpTo(ctx.db, site.id, p.to).map((o) => ({
      ...o,
      ratings: parseStoredJson(outcomeRatingsJson, o.ratings)
    })),
    tests: testsDuring(ctx.db, site.id, p),
    excerpts: excerptsDuring(ctx.db, site.id, p),
    quotes: consentedQuotesDuring(ctx.db, site.id, p),
    meetings: meetingsDuring(ctx.db, site.id, p),
    takingPart: organisationsTakingPart(ctx.db, site.id, p),
    health: healthSource(ctx, site, p)
  }
}

/** The programme's current outcomes as the dashboard reads them (the heatmap's columns). */
const programmeOutcomeColumns = z.array(z.object({ id: z.string(), title: z.string() }))

/** The heatmap of sites by programme outcome and each site's figures over the period. */
function programmeOverview(
  ctx: ApiContext,
  programmeId: string,
  sites: ReportSiteRow[],
  p: Period
): ProgrammeOverview {
  const programme = dashboardProgramme(ctx.db, programmeId)
  const columns = parseStoredJson(programmeOutcomeColumns, programme?.outcomes ?? '[]')
  const chosen = new Set(sites.map((s) => s.id))
  const outcomes = dashboardOutcomes(ctx.db, programmeId, p)
    .filter((o) => chosen.has(o.siteId))
    .map((row) => outcomeFigures(row, p.from))
  const figures = dashboardSites(ctx.db, programmeId, p)
    .filter((s) => chosen.has(s.id))
    .map((row) => siteFigures(row, programme?.stageModel ?? 'forming', p.to))
  const cell = (siteId: string, columnId: string) => {
    const o = outcomes.find((x) => x.siteId === siteId && x.programmeOutcomeId === columnId)
    if (!o || o.latestRating === null) return '\u2013'
    return o.change === null
      ? String(o.latestRating)
      : `${o.latestRating} (${changeText(o.change)})`
  }
  return {
    key: 'overview',
    heatmap: {
      columns: ['Site', ...columns.map((c) => c.title)],
      rows: sites.map((s) => [s.name, ...columns.map((c) => cell(s.id, c.id))])
    },
    figures: {
      columns: [
        'Site',
        'Stage',
        'Meetings held',
        'Actions done on time',
        'Tests started',
        'Adopted',
        'Last reflection'
      ],
      rows: figures.map((f) => [
        f.name,
        f.stage?.label ?? 'Not judged',
        String(f.meetings.held),
        f.actions.due ? `${f.actions.doneOnTime} of ${f.actions.due}` : 'None due',
        String(f.tests.started),
        String(f.tests.adopted),
        f.reflections.lastOn ? dayLabel(f.reflections.lastOn) : 'None'
      ])
    }
  }
}

/** Gives every site and person of the programme a pseudonym if they have none; returns them all. */
function ensurePseudonyms(ctx: ApiContext, programmeId: string): Map<string, string> {
  const stored = listPseudonyms(ctx.db, programmeId)
  const sites = reportSites(ctx.db, programmeId, [])
  const known = new Map(stored.map((r) => [`${r.kind}:${r.recordId}`, r.pseudonym]))
  const taken = new Set(stored.filter((r) => r.kind === 'site').map((r) => r.pseudonym))
  let next = 0
  for (const site of sites) {
    if (known.has(`site:${site.id}`)) continue
    while (taken.has(defaultSitePseudonym(next))) next++
    const pseudonym = defaultSitePseudonym(next++)
    taken.add(pseudonym)
    savePseudonym(ctx.db, { programmeId, kind: 'site', recordId: site.id, pseudonym })
    known.set(`site:${site.id}`, pseudonym)
  }
  const people = listPeopleOrdered(ctx.db, programmeId)
  const existing = new Map(
    stored.filter((r) => r.kind === 'person').map((r) => [r.recordId, r.pseudonym])
  )
  for (const [personId, pseudonym] of newPersonPseudonyms(people, existing)) {
    savePseudonym(ctx.db, { programmeId, kind: 'person', recordId: personId, pseudonym })
    known.set(`person:${personId}`, pseudonym)
  }
  return known
}

/** Turns a path in the document into words: "Site A › Voices" or "Programme overview". */
function describePath(doc: ReportDocument, path: (string | number)[]): string {
  if (path[0] === 'sites' && typeof path[1] === 'number') {
    const site = doc.sites[path[1]]
    const section = typeof path[3] === 'number' ? site?.sections[path[3]] : undefined
    return [site?.name ?? 'A site', section ? REPORT_SECTIONS[section.key] : 'Heading'].join(
      ' \u203a '
    )
  }
  const top: Record<string, string> = {
    title: 'Title',
    programmeName: 'Programme name',
    subject: 'Heading',
    overview: REPORT_SECTIONS.overview,
    summary: REPORT_SECTIONS.summary,
    nextSteps: REPORT_SECTIONS.nextSteps
  }
  return top[String(path[0])] ?? 'Report'
}

/**
 * Quotes are attributed by role: a speaker's name typed where the role goes becomes that person's
 * role (and a title and surname, "Dr Okafor", words such as "A doctor"), anonymised or not.
 */
function rolesNotNames(
  ctx: ApiContext,
  siteIds: readonly string[],
  doc: ReportDocument
): ReportDocument {
  const people = sitePeopleNames(ctx.db, siteIds)
  const matcher = nameMatcher(
    people,
    (n) => n.detail.split(/[,;(\n]/)[0]?.trim() || 'a participant'
  )
  return {
    ...doc,
    sites: doc.sites.map((site) => ({
      ...site,
      sections: site.sections.map((s) =>
        s.key === 'voices'
          ? { ...s, quotes: s.quotes.map((q) => ({ ...q, role: matcher.replace(q.role) })) }
          : s
      )
    }))
  }
}

export class NamesRemainError extends ApiError {
  constructor(readonly hits: NameHit[]) {
    super(
      'conflict',
      `The anonymised report still names ${hits.length === 1 ? 'someone' : `${hits.length} people, places or organisations`}, so nothing was exported. ` +
        'Change the text where shown (or the pseudonym chosen) and try again.',
      hits.map((h) => ({
        path: h.where,
        message: `\u201c${h.name}\u201d (${h.kind})${h.detail ? `, in ${h.detail}` : ''}: ${h.excerpt}`
      }))
    )
  }
}

export interface BuiltReport {
  document: ReportDocument
  /** SHA-256 of the document without the day it was produced: the data the file was made from. */
  fingerprint: string
  fileStem: string
}

export function buildReport(
  ctx: ApiContext,
  report: ReportRow,
  programme: { id: string; name: string; stageModel: StageModel }
): BuiltReport {
  const period = { from: report.periodFrom, to: report.periodTo }
  const leftOut = new Set(leftOutOf(report))
  const sites =
    report.scope === 'site' && report.siteId
      ? reportSites(ctx.db, programme.id, [report.siteId])
      : reportSites(ctx.db, programme.id, siteIdsOf(report))
  const siteScope = report.scope === 'site'
  let document: ReportDocument = {
    scope: report.scope,
    title: report.title,
    programmeName: programme.name,
    subject: siteScope || sites.length === 1 ? (sites[0]?.name ?? '') : `${sites.length} sites`,
    period,
    producedOn: today(ctx),
    confidential: report.confidential,
    anonymised: report.anonymised,
    overview:
      !siteScope && !leftOut.has('overview')
        ? programmeOverview(ctx, programme.id, sites, period)
        : null,
    summary: !siteScope && !leftOut.has('summary') ? report.summary : null,
    nextSteps: !siteScope && !leftOut.has('nextSteps') ? report.nextSteps : null,
    sites: sites.map((site) =>
      siteReportPart(siteSource(ctx, site, programme.stageModel, period), {
        period,
        summary: siteScope ? report.summary : null,
        nextSteps: siteScope ? report.nextSteps : null,
        leftOut,
        anonymised: report.anonymised
      })
    )
  }
  document = rolesNotNames(
    ctx,
    sites.map((s) => s.id),
    document
  )
  if (report.anonymised) {
    const matcher = nameMatcher(
      storeNames(ctx.db),
      replacementIn(programme.id, ensurePseudonyms(ctx, programme.id))
    )
    document = mapStrings(document, matcher.replace, ['key', 'scope', 'producedOn'])
    const hits = findNames(document, matcher, (path) => describePath(document, path))
    if (hits.length) throw new NamesRemainError(hits)
  }
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ ...document, producedOn: undefined }))
    .digest('hex')
  const fileStem = [
    slug(document.subject) || 'site',
    siteScope ? 'report' : 'programme-report',
    report.periodFrom,
    'to',
    report.periodTo,
    ...(report.anonymised ? ['anonymised'] : [])
  ].join('-')
  return { document, fingerprint, fileStem }
}
