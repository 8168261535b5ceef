// The learning-partner review end to end, between two users with separate data folders: the
// consultant exports a review pack (a download), the learning partner uploads it, comments on a
// phase and exports the comments, and the consultant uploads them back, once, twice, and tampered.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import {
  expectAccessible,
  expectText,
  goTo,
  openSession,
  screenshot,
  seed,
  type Session
} from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
const sessions: Session[] = []
let folder: string | undefined
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close()
  if (folder) fs.rmSync(folder, { recursive: true, force: true })
  folder = undefined
})

const TITLE = 'After the March partnership meeting'
const COMMENT = 'What made you assume the GP practice already knew about Mrs B?'

function seedConsultant(s: Session) {
  const { id: programmeId } = seed(
    s,
    'programmes.create',
    { name: 'Ageing Well Together', startDate: '2026-01-05' },
    clock
  )
  const site = (name: string) =>
    seed(s, 'sites.create', { programmeId, name, startDate: '2026-01-05' }, clock).id
  const eastbrook = site('Eastbrook')
  const westvale = site('Westvale')
  const { id: meetingId } = seed(
    s,
    'meetings.create',
    { siteId: eastbrook, heldOn: '2026-03-10', durationMinutes: 180, kind: 'partnership' },
    clock
  )
  const { id: jo } = seed(
    s,
    'people.create',
    { programmeId, name: 'Jo Reed', role: 'Consultant' },
    clock
  )
  const { id: cycleId } = seed(
    s,
    'reflections.create',
    {
      programmeId,
      siteId: eastbrook,
      meetingId,
      heldOn: '2026-03-12',
      title: TITLE,
      participantIds: [jo],
      observe: 'Mrs B’s story: **three** assessments in one week, by three agencies.',
      reflect: 'We assumed the GP practice *knew* about the district nurses’ visits.',
      plan: '- Ask the district nurses to join the practice huddle for a month',
      act: 'Two huddles held so far.',
      status: 'shared'
    },
    clock
  )
  seed(
    s,
    'reflections.tag',
    { cycleId, themeId: 'practice-diversity-trust', phase: 'reflect' },
    clock
  )
  // Not in the pack: another site, and a draft.
  seed(
    s,
    'reflections.create',
    { programmeId, siteId: westvale, heldOn: '2026-03-20', title: 'Westvale', status: 'shared' },
    clock
  )
  seed(
    s,
    'reflections.create',
    { programmeId, siteId: eastbrook, heldOn: '2026-04-02', title: 'Draft', status: 'draft' },
    clock
  )
  return { programmeId, eastbrook, cycleId }
}

/** Clicks a button that offers a file, and keeps the file in the test's folder. */
async function download(page: Page, button: string): Promise<{ file: string; name: string }> {
  const [offered] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click()
  ])
  const name = offered.suggestedFilename()
  const file = path.join(folder ?? os.tmpdir(), name)
  await offered.saveAs(file)
  return { file, name }
}

describe('learning-partner review, end to end', () => {
  it('round-trips a review between two data folders, once, and refuses a tampered file', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pll-review-files-'))
    const consultant = await openSession(clock)
    sessions.push(consultant)
    const partner = await openSession(clock)
    sessions.push(partner)
    expect(partner.dataFolder).not.toBe(consultant.dataFolder)
    const { programmeId, cycleId } = seedConsultant(consultant)
    const c = consultant.page
    const p = partner.page

    // The consultant chooses Eastbrook, shared cycles, and exports the pack (a download).
    await goTo(consultant, `/programmes/${programmeId}/review`)
    await c.getByRole('heading', { name: 'Learning-partner review' }).waitFor()
    await c.getByRole('checkbox', { name: 'Eastbrook' }).check()
    await expectText(c, '1 cycle will go in the pack:')
    await c.getByLabel('Your name').fill('Jo Reed')
    await screenshot(c, 'review-01-consultant-export')
    await expectAccessible(c, 'consultant review page')
    const pack = await download(c, 'Export review pack')
    expect(pack.name).toBe('review-pack-ageing-well-together-2026-11-21.json')
    await expectText(c, `Exported 1 cycle as ${pack.name}`)
    const packFile = JSON.parse(fs.readFileSync(pack.file, 'utf8')) as {
      format: string
      cycles: { id: string; siteName: string; meetingHeldOn: string }[]
    }
    expect(packFile.format).toBe('partnership-learning-log/review-pack')
    expect(packFile.cycles).toMatchObject([
      { id: cycleId, siteName: 'Eastbrook', meetingHeldOn: '2026-03-10' }
    ])

    // The learning partner, with no programme of their own, uploads it into the review area.
    await goTo(partner, '/')
    await p.getByRole('link', { name: 'Review', exact: true }).click()
    await p.getByRole('heading', { name: 'Review area' }).waitFor()
    await expectText(p, 'No review packs yet.')
    await p.getByLabel('Import review pack').setInputFiles(pack.file)
    await expectText(p, 'Imported 1 cycle from Ageing Well Together.')
    // The same pack again adds nothing.
    await p.getByLabel('Import review pack').setInputFiles(pack.file)
    await expectText(p, 'is already in your review area; nothing was added')
    await expect
      .poll(() => p.getByRole('list', { name: 'Review packs' }).locator('li').count())
      .toBe(1)
    await screenshot(p, 'review-02-review-area')
    await expectAccessible(p, 'review area')

    // The pack page: the cycle read-only, with its context and the phases rendered from Markdown.
    await p.getByRole('link', { name: 'Ageing Well Together' }).click()
    const cycle = p.getByRole('article', { name: TITLE })
    await cycle.waitFor()
    await expectText(cycle, 'Eastbrook · 12 Mar 2026')
    await expectText(cycle, 'Partnership meeting on 10 Mar 2026')
    await expectText(cycle, 'Jo Reed (Consultant)')
    await expectText(cycle, 'Exploring diversity and building trust')
    expect(await cycle.locator('strong', { hasText: 'three' }).count()).toBe(1)
    expect(await cycle.getByRole('textbox').count()).toBe(0)

    // Comment on Reflect (the name is remembered), reply, resolve.
    await cycle.getByRole('button', { name: `Comment on Reflect in ${TITLE}` }).click()
    const form = cycle.getByRole('form', { name: `Comment on Reflect in ${TITLE}` })
    await form.getByLabel('Your name').fill('Dr Lena Marsh')
    await form.getByLabel('Your comment').fill(COMMENT)
    await form.getByRole('button', { name: 'Post comment' }).click()
    const reflectComments = cycle.getByRole('region', { name: `Comments on Reflect in ${TITLE}` })
    await expectText(reflectComments, COMMENT)
    await reflectComments.getByRole('button', { name: 'Reply to Dr Lena Marsh' }).click()
    const reply = reflectComments.getByRole('form', { name: 'Reply to Dr Lena Marsh' })
    await expect.poll(() => reply.getByLabel('Your name').inputValue()).toBe('Dr Lena Marsh')
    await reply.getByLabel('Your reply').fill('Or did the nurses assume it too?')
    await reply.getByRole('button', { name: 'Post reply' }).click()
    await expectText(reflectComments, 'Or did the nurses assume it too?')
    await reflectComments
      .getByRole('button', { name: 'Resolve the comment by Dr Lena Marsh' })
      .click()
    await expectText(reflectComments, 'Resolved')
    await screenshot(p, 'review-03-pack-with-comments')
    await expectAccessible(p, 'review pack page')

    // Export the comments (a download), under the remembered name.
    expect(await p.getByLabel('Your name as reviewer').inputValue()).toBe('Dr Lena Marsh')
    const comments = await download(p, 'Export comments')
    expect(comments.name).toBe('review-comments-ageing-well-together-2026-11-21.json')
    await expectText(p, `Exported 2 comments as ${comments.name}`)

    // Back with the consultant: upload the comments file.
    const importComments = c.getByLabel('Import comments')
    await importComments.setInputFiles(comments.file)
    await expectText(c, 'Added 2 comments from Dr Lena Marsh on 1 cycle.')
    await screenshot(c, 'review-04-consultant-imported')

    // Each comment on the right phase of the cycle, attributed to the reviewer.
    const stored = seed(consultant, 'reflections.get', { id: cycleId }).comments
    expect(stored).toHaveLength(2)
    const question = stored.find((x) => x.body === COMMENT)
    expect(question).toMatchObject({ phase: 'reflect', author: 'Dr Lena Marsh', parentId: null })
    expect(question?.resolvedAt).not.toBeNull()
    expect(stored.find((x) => x.parentId === question?.id)?.body).toBe(
      'Or did the nurses assume it too?'
    )
    await goTo(consultant, `/programmes/${programmeId}/reflections/${cycleId}`)
    const reflectPhase = c.getByRole('region', { name: 'Reflect', exact: true })
    await expectText(reflectPhase, COMMENT)
    await expectText(reflectPhase, 'Or did the nurses assume it too?')
    expect(await reflectPhase.getByText('Dr Lena Marsh').count()).toBeGreaterThan(0)
    for (const other of ['Observe', 'Plan', 'Act']) {
      const region = c.getByRole('region', { name: other, exact: true })
      expect(await region.getByText(COMMENT).count()).toBe(0)
    }
    await screenshot(c, 'review-05-consultant-cycle-with-comments')

    // The same file again: the page reports nothing new, and nothing is added.
    await goTo(consultant, `/programmes/${programmeId}/review`)
    await c.getByLabel('Import comments').setInputFiles(comments.file)
    await expectText(c, 'Nothing new: all 2 comments in this file were already imported.')
    expect(seed(consultant, 'reflections.get', { id: cycleId }).comments).toHaveLength(2)

    // A tampered file (one character of a comment changed, checksum kept) is refused, visibly.
    const original = fs.readFileSync(comments.file, 'utf8')
    const tampered = path.join(folder, 'tampered-comments.json')
    fs.writeFileSync(tampered, original.replace('Mrs B?', 'Mrs C?'))
    expect(fs.readFileSync(tampered, 'utf8')).not.toBe(original)
    await c.getByLabel('Import comments').setInputFiles(tampered)
    const alert = c.getByRole('alert')
    await expectText(alert, 'The file has been changed since it was exported')
    expect(await alert.textContent()).toContain('tampered-comments.json was not imported.')
    expect(seed(consultant, 'reflections.get', { id: cycleId }).comments).toHaveLength(2)
    await screenshot(c, 'review-06-tampered-refused')
    await expectAccessible(c, 'consultant review page with a refusal')

    // And a tampered pack in the review area is refused too.
    const tamperedPack = path.join(folder, 'tampered-pack.json')
    fs.writeFileSync(tamperedPack, fs.readFileSync(pack.file, 'utf8').replace('three', 'four'))
    await goTo(partner, '/review')
    await p.getByLabel('Import review pack').setInputFiles(tamperedPack)
    await expectText(p.getByRole('alert'), 'The file has been changed since it was exported')
    expect(seed(partner, 'reviewPacks.list', {})).toHaveLength(1)
  })
})
