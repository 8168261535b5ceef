// Report verbs: saved site and programme reports for the commissioners, the document each one
// makes (anonymised on demand), the Word file, pseudonyms, and the record of what was sent.
import { z } from 'zod'
import { listExports, recordExport } from '../../db/queries/reportExports'
import {
  deleteReport,
  findReport,
  insertReport,
  listPseudonyms,
  listReports,
  savePseudonym,
  storeNames,
  updateReport
} from '../../db/queries/reports'
import { reportSites } from '../../db/queries/reportSite'
import type { ApiContext } from '../context'
import { fieldError, notFound } from '../errors'
import { fileHandler, handler } from '../handler'
import { buildReport, leftOutOf, siteIdsOf } from '../reports/build'
import { dayLabel } from '../../domain/earlyWarnings'
import { nameMatcher } from '../../domain/reports/anonymise'
import { idInput, recordId } from '../schemas/common'
import {
  createReport,
  listReports as listReportsInput,
  PROGRAMME_ONLY_SECTIONS,
  recordReportExport,
  reportFields,
  sitePseudonym
} from '../schemas/reports'
import { requireProgramme } from './programmes'
import { requireSite } from './sites'

function requireReport(ctx: ApiContext, id: string) {
  const report = findReport(ctx.db, id)
  if (!report) throw notFound('id', 'report', id)
  return report
}

function build(ctx: ApiContext, id: string) {
  const report = requireReport(ctx, id)
  const programme = requireProgramme(ctx, report.programmeId)
  return { report, ...buildReport(ctx, report, programme) }
}

export const reportHandlers = {
  /** A site's reports (or the programme's own when siteId is absent) and what was exported. */
  'reports.list': handler(listReportsInput, (ctx, input) => {
    requireProgramme(ctx, input.programmeId)
    if (input.siteId && requireSite(ctx, input.siteId).programmeId !== input.programmeId) {
      throw fieldError('siteId', 'That site belongs to another programme')
    }
    return {
      reports: listReports(ctx.db, {
        programmeId: input.programmeId,
        siteId: input.siteId ?? null
      }).map((r) => ({
        id: r.id,
        title: r.title,
        periodFrom: r.periodFrom,
        periodTo: r.periodTo,
        anonymised: r.anonymised === 1,
        updatedAt: r.updatedAt
      })),
      exports: listExports(ctx.db, input)
    }
  }),

  'reports.create': handler(createReport, (ctx, input) => {
    const programme = requireProgramme(ctx, input.programmeId)
    const site = input.siteId ? requireSite(ctx, input.siteId) : null
    if (site && site.programmeId !== programme.id) {
      throw fieldError('siteId', 'That site belongs to another programme')
    }
    const id = ctx.newId()
    const now = ctx.clock().toISOString()
    const period = `${dayLabel(input.periodFrom)} to ${dayLabel(input.periodTo)}`
    insertReport(ctx.db, {
      id,
      programmeId: programme.id,
      siteId: site?.id ?? null,
      scope: site ? 'site' : 'programme',
      title:
        input.title.trim() ||
        (site
          ? `${site.name}: site report, ${period}`
          : `${programme.name}: programme report, ${period}`),
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      createdAt: now,
      updatedAt: now
    })
    return { id }
  }),

  /** A report's saved settings, the sites it can cover and their pseudonyms. */
  'reports.get': handler(idInput, (ctx, { id }) => {
    const report = requireReport(ctx, id)
    const programme = requireProgramme(ctx, report.programmeId)
    const pseudonyms = new Map(
      listPseudonyms(ctx.db, programme.id)
        .filter((p) => p.kind === 'site')
        .map((p) => [p.recordId, p.pseudonym])
    )
    return {
      id: report.id,
      programme: { id: programme.id, name: programme.name },
      scope: report.scope,
      siteId: report.siteId,
      title: report.title,
      periodFrom: report.periodFrom,
      periodTo: report.periodTo,
      summary: report.summary,
      nextSteps: report.nextSteps,
      leftOut: leftOutOf(report),
      siteIds: siteIdsOf(report),
      confidential: report.confidential,
      anonymised: report.anonymised,
      sites: reportSites(ctx.db, programme.id, []).map((s) => ({
        id: s.id,
        name: s.name,
        pseudonym: pseudonyms.get(s.id) ?? null
      })),
      exports: listExports(ctx.db, { programmeId: programme.id }).filter((e) => e.reportId === id)
    }
  }),

  'reports.update': handler(reportFields, (ctx, { id, ...input }) => {
    const report = requireReport(ctx, id)
    const leftOut =
      report.scope === 'site'
        ? input.leftOut.filter((k) => !PROGRAMME_ONLY_SECTIONS.includes(k))
        : input.leftOut
    if (report.scope === 'programme') {
      const known = new Set(reportSites(ctx.db, report.programmeId, []).map((s) => s.id))
      const stranger = input.siteIds.findIndex((s) => !known.has(s))
      if (stranger >= 0)
        throw fieldError(`siteIds.${stranger}`, 'No current site of this programme has that id')
    }
    updateReport(ctx.db, id, {
      ...input,
      leftOut: JSON.stringify([...new Set(leftOut)]),
      siteIds: JSON.stringify(report.scope === 'programme' ? [...new Set(input.siteIds)] : []),
      updatedAt: ctx.clock().toISOString()
    })
    return { id }
  }),

  'reports.delete': handler(idInput, (ctx, { id }) => {
    requireReport(ctx, id)
    deleteReport(ctx.db, id)
    return { id }
  }),

  /**
   * The report's document as it will be exported: anonymised when the report says so, refused
   * (with where each name is) if a real name is still in it.
   */
  'reports.render': handler(idInput, (ctx, { id }) => {
    const { document, fingerprint, fileStem } = build(ctx, id)
    return { document, fingerprint, fileStem }
  }),

  /** The Word document of the report, as base64, to be saved by the caller. */
  'reports.exportWord': fileHandler(
    idInput,
    (ctx, { id }) => build(ctx, id),
    async ({ document, fingerprint, fileStem }) => ({
      fileName: `${fileStem}.docx`,
      fingerprint,
      // docx and resvg load only when a Word file is asked for, not in every store worker.
      base64: (await (await import('../reports/word')).wordDocument(document)).toString('base64')
    })
  ),

  /** Records that a file of the report was saved: what, when, and a fingerprint of its data. */
  'reports.recordExport': handler(recordReportExport, (ctx, input) => {
    const { report, document, fingerprint } = build(ctx, input.id)
    const id = ctx.newId()
    recordExport(ctx.db, {
      id,
      programmeId: report.programmeId,
      siteId: report.siteId,
      reportId: report.id,
      scope: report.scope,
      subject: document.subject,
      periodFrom: report.periodFrom,
      periodTo: report.periodTo,
      anonymised: report.anonymised,
      format: input.format,
      fileName: input.fileName,
      fingerprint,
      exportedAt: ctx.clock().toISOString()
    })
    return { id, fingerprint }
  }),

  /** What a programme (or one site) has exported, newest first. */
  'exports.list': handler(
    z.object({ programmeId: recordId('Programme'), siteId: recordId('Site').optional() }),
    (ctx, input) => {
      requireProgramme(ctx, input.programmeId)
      return listExports(ctx.db, input)
    }
  ),

  /** The invented name a site takes in anonymised reports; never a real name in the store. */
  'pseudonyms.setSite': handler(sitePseudonym, (ctx, { siteId, pseudonym }) => {
    const site = requireSite(ctx, siteId)
    const wanted = pseudonym.trim()
    const lower = wanted.toLowerCase()
    const names = storeNames(ctx.db)
    const real = names.find((n) => n.name.trim().toLowerCase() === lower)
    if (real) {
      throw fieldError(
        'pseudonym',
        `\u201c${wanted}\u201d is the name of a real ${real.kind} in your records; choose an invented name`
      )
    }
    // A real name inside it ("Rose Valley", "Kestrel Bay") would stop every anonymised export.
    const inside = nameMatcher(names, () => '').find(wanted)[0]
    if (inside) {
      const part = wanted.slice(inside.index, inside.index + inside.length)
      throw fieldError(
        'pseudonym',
        `\u201c${part}\u201d is part of the name of a real ${inside.entry.kind} in your records (${inside.entry.of}); choose an invented name`
      )
    }
    const other = listPseudonyms(ctx.db, site.programmeId).find(
      (p) => p.kind === 'site' && p.recordId !== site.id && p.pseudonym.toLowerCase() === lower
    )
    if (other)
      throw fieldError(
        'pseudonym',
        `Another site is already called \u201c${wanted}\u201d in anonymised reports`
      )
    savePseudonym(ctx.db, {
      programmeId: site.programmeId,
      kind: 'site',
      recordId: site.id,
      pseudonym: wanted
    })
    return { siteId, pseudonym: wanted }
  })
}
