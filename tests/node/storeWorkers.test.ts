// The store behind worker threads: answers through the one dispatch, keeps answering cheap reads
// while a long write runs, sends a "read" that writes to the writer, and refuses a damaged file.
import type { ApiResult } from '../../api/result'
import { unwrap } from '../support/api'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openStore, sourceMigrationsFolder } from '../../db/store'
import { StoreWorkers } from '../../api/worker/storeWorkers'
import { reportFields } from '../../api/schemas/reports'

let folder: string
let workers: StoreWorkers | undefined
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-workers-'))
})
afterEach(async () => {
  await workers?.close()
  workers = undefined
  fs.rmSync(folder, { recursive: true, force: true })
})

function start(readers = 1) {
  return StoreWorkers.start({
    file: path.join(folder, 'store.sqlite'),
    migrationsFolder: sourceMigrationsFolder,
    fixedNow: '2026-11-21T10:00:00.000Z',
    readers
  })
}

/** The value of a call through the workers (the test fails with the API's message if refused). */
async function value<T>(promise: Promise<ApiResult<unknown>>): Promise<T> {
  return unwrap('a call through the workers', await promise) as T
}

describe('StoreWorkers', () => {
  it('answers verbs as dispatch does, errors included', async () => {
    workers = await start()
    const { id } = await value<{ id: string }>(
      workers.call('programmes.create', { name: 'Better Together', startDate: '2026-01-05' })
    )
    const list = await value<{ id: string; name: string }[]>(workers.call('programmes.list', {}))
    expect(list.map((p) => [p.id, p.name])).toEqual([[id, 'Better Together']])
    expect(await workers.call('programmes.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' }
    })
    expect(await workers.call('no.such.verb', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_verb' }
    })
  }, 60_000)

  it('answers a cheap read while a long write runs on the writer', async () => {
    workers = await start()
    const order: string[] = []
    const long = workers.call('sample.create', { sites: 20 }).then((r) => {
      order.push('long write')
      return r
    })
    // The writer is busy building 20 sites; a reader answers from the last committed state.
    const cheap = workers.call('programmes.list', {}).then((r) => {
      order.push('cheap read')
      return r
    })
    expect(await cheap).toMatchObject({ ok: true, value: [] })
    expect(await long).toMatchObject({ ok: true })
    expect(order).toEqual(['cheap read', 'long write'])
  }, 120_000)

  it('sends a verb named like a read that writes to the writer', async () => {
    workers = await start()
    const { programmeId } = await value<{ programmeId: string }>(
      workers.call('sample.create', { sites: 1 })
    )
    const [site] = await value<{ id: string }[]>(
      workers
        .call('programmes.overview', { id: programmeId })
        .then((r) =>
          r.ok ? { ok: true, value: (r.value as { sites: { id: string }[] }).sites } : r
        )
    )
    const { id } = await value<{ id: string }>(
      workers.call('reports.create', {
        programmeId,
        siteId: site?.id,
        periodFrom: '2025-01-01',
        periodTo: '2026-11-21'
      })
    )
    const report = await value<Record<string, unknown>>(workers.call('reports.get', { id }))
    const fields = reportFields.parse(report)
    await value(workers.call('reports.update', { ...fields, anonymised: true }))
    // Rendering an anonymised report gives the sites their pseudonyms: a write.
    const rendered = await value<{ document: { subject: string } }>(
      workers.call('reports.render', { id })
    )
    expect(rendered.document.subject).toMatch(/^Site [A-Z]$/)
  }, 120_000)

  it('answers as JSON text made in the worker, the same answer call gives, writes included', async () => {
    workers = await start()
    const text = async (name: string, input: unknown) =>
      JSON.parse(new TextDecoder().decode(await workers!.callJson(name, input))) as unknown
    const { programmeId } = await value<{ programmeId: string }>(
      workers.call('sample.create', { sites: 2 })
    )
    for (const [name, input] of [
      ['programmes.overview', { id: programmeId }],
      ['actions.list', { programmeId }],
      ['reflections.list', { programmeId }],
      ['programmes.create', { name: '' }],
      ['no.such.verb', {}]
    ] as const) {
      const [json, objects] = [await text(name, input), await workers.call(name, input)]
      expect(json, name).toEqual(objects)
    }
    // A write, and a read that writes (sent on to the writer), answer as JSON too.
    expect(
      await text('programmes.create', { name: 'Better Together', startDate: '2026-01-05' })
    ).toMatchObject({
      ok: true,
      value: { id: expect.any(String) }
    })
    const overview = await value<{ sites: { id: string }[] }>(
      workers.call('programmes.overview', { id: programmeId })
    )
    const { id } = await value<{ id: string }>(
      workers.call('reports.create', {
        programmeId,
        siteId: overview.sites[0]?.id,
        periodFrom: '2025-01-01',
        periodTo: '2026-11-21'
      })
    )
    const fields = reportFields.parse(await value(workers.call('reports.get', { id })))
    await value(workers.call('reports.update', { ...fields, anonymised: true }))
    expect(await text('reports.render', { id })).toMatchObject({
      ok: true,
      value: { document: { subject: expect.stringMatching(/^Site [A-Z]$/) } }
    })
    // The Word document's libraries load in the worker only when a Word file is asked for.
    const word = await value<{ fileName: string; base64: string }>(
      workers.call('reports.exportWord', { id })
    )
    expect(word.fileName).toMatch(/\.docx$/)
    expect(Buffer.from(word.base64, 'base64').subarray(0, 4).toString('latin1')).toBe(
      'PK\u0003\u0004'
    )
  }, 120_000)

  it('opens its connections with a small page cache', () => {
    const store = openStore({
      file: path.join(folder, 'cache.sqlite'),
      migrationsFolder: sourceMigrationsFolder,
      cacheKb: 4096
    })
    try {
      expect(store.sqlite.pragma('cache_size', { simple: true })).toBe(-4096)
    } finally {
      store.close()
    }
  })

  it('refuses to start on a damaged file, saying so', async () => {
    fs.writeFileSync(
      path.join(folder, 'store.sqlite'),
      'not a database at all, just text '.repeat(200)
    )
    await expect(start()).rejects.toMatchObject({ name: 'StoreDamagedError' })
  }, 60_000)
})
