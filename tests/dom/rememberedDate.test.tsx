// Dates default to the context: the meeting's date, else the last date saved in that kind of form
// this session, else today; always within what the verb accepts. Checked as pure rules and through
// the stage form on a real store.
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { doneOnDefault } from '../../renderer/src/features/actions/MarkDone'
import { StageForm } from '../../renderer/src/features/sites/StageForm'
import { todayIso } from '../../renderer/src/lib/dates'
import {
  lastDateUsed,
  rememberDateUsed,
  startingDate,
  withinBounds
} from '../../renderer/src/lib/rememberedDate'
import { renderWithStore } from './support'

beforeEach(() => window.sessionStorage.clear())
afterEach(cleanup)

describe('the starting date of a new record', () => {
  it('is today until a date is saved in that kind of form, then that date', () => {
    expect(startingDate('stage', {}, '2026-11-21')).toEqual({ date: '2026-11-21', source: 'today' })
    rememberDateUsed('stage', '2015-09-01')
    expect(lastDateUsed('stage')).toBe('2015-09-01')
    expect(startingDate('stage', {}, '2026-11-21')).toEqual({
      date: '2015-09-01',
      source: 'last'
    })
    // Each kind of form has its own memory.
    expect(startingDate('rating', {}, '2026-11-21').source).toBe('today')
    // Only a real ISO day is remembered or read back.
    rememberDateUsed('stage', '01/09/2015')
    expect(lastDateUsed('stage')).toBe('2015-09-01')
    window.sessionStorage.setItem('pll:last-date:stage', 'nonsense')
    expect(startingDate('stage', {}, '2026-11-21').source).toBe('today')
  })

  it('is the context’s date (the meeting) before the last date used', () => {
    rememberDateUsed('reflection', '2015-09-01')
    expect(startingDate('reflection', { context: '2015-10-14' }, '2026-11-21')).toEqual({
      date: '2015-10-14',
      source: 'context'
    })
    expect(startingDate('reflection', { context: null }, '2026-11-21').date).toBe('2015-09-01')
  })

  it('is never a date the verb refuses: moved to the first or last day allowed', () => {
    rememberDateUsed('stage', '2015-09-01')
    // Another site, started later than the date last used.
    expect(startingDate('stage', { earliest: '2016-02-01' }, '2026-11-21')).toEqual({
      date: '2016-02-01',
      source: 'bound'
    })
    // Ratings cannot be later than today, nor before the outcome was agreed.
    rememberDateUsed('rating', '2026-12-01')
    expect(
      startingDate('rating', { earliest: '2026-01-05', latest: '2026-11-21' }, '2026-11-21').date
    ).toBe('2026-11-21')
    expect(withinBounds('2026-01-01', { earliest: '2026-01-05' })).toBe('2026-01-05')
    expect(withinBounds('2026-03-01', { earliest: '2026-01-05', latest: '2026-11-21' })).toBe(
      '2026-03-01'
    )
  })
})

describe('the day "Mark done" starts with', () => {
  const action = { meetingId: 'm1', agreedOn: '2015-10-14' }
  it('is the meeting’s date on that meeting’s page, else today', () => {
    const meeting = { id: 'm1', heldOn: '2015-10-14' }
    expect(doneOnDefault(action, { meeting }, '2026-11-21')).toEqual({
      on: '2015-10-14',
      why: 'the meeting’s date (14 Oct 2015)'
    })
    expect(doneOnDefault(action, {}, '2026-11-21')).toEqual({ on: '2026-11-21', why: 'today' })
    // Another meeting's page says nothing about this action.
    expect(
      doneOnDefault(action, { meeting: { id: 'm2', heldOn: '2015-11-11' } }, '2026-11-21').on
    ).toBe('2026-11-21')
  })

  it('is the last date marked done this session, when the action was agreed by then', () => {
    rememberDateUsed('markDone', '2026-11-02')
    expect(doneOnDefault(action, {}, '2026-11-21')).toEqual({
      on: '2026-11-02',
      why: 'the last date used here (2 Nov 2026)'
    })
    // The meeting's page still starts from the meeting; a later-agreed action from its own day.
    expect(
      doneOnDefault(action, { meeting: { id: 'm1', heldOn: '2015-10-14' } }, '2026-11-21').on
    ).toBe('2015-10-14')
    expect(doneOnDefault({ meetingId: null, agreedOn: '2026-11-10' }, {}, '2026-11-21').on).toBe(
      '2026-11-21'
    )
  })

  it('is never before the day the action was agreed', () => {
    expect(doneOnDefault({ meetingId: null, agreedOn: '2026-12-01' }, {}, '2026-11-21')).toEqual({
      on: '2026-12-01',
      why: 'the day it was agreed (1 Dec 2026)'
    })
  })
})

/** Opens a fresh stage form for whichever site `target` names when "Open the form" is pressed. */
function StageForms(props: { target: { siteId: string }; onDone: () => void }) {
  const [round, setRound] = useState(0)
  return (
    <>
      <button type="button" onClick={() => setRound((r) => r + 1)}>
        Open the form
      </button>
      {round > 0 ? (
        <StageForm
          key={round}
          siteId={props.target.siteId}
          stageOptions={[{ value: 'forming', label: 'Forming' }]}
          onDone={props.onDone}
          onCancel={() => {}}
        />
      ) : null}
    </>
  )
}

const showDay = (iso: string) => iso.split('-').reverse().join('/')

describe('the stage form', () => {
  it('starts from the last date judged this session, within the site’s dates', async () => {
    const user = userEvent.setup()
    const onDone = vi.fn()
    const target = { siteId: '' }
    const api = renderWithStore(<StageForms target={target} onDone={onDone} />)
    const programmeId = api.call('programmes.create', { name: 'P', startDate: '2015-01-05' }).id
    const site = (name: string, startDate: string) =>
      api.call('sites.create', { programmeId, name, startDate }).id
    const oldham = site('Oldham', '2015-02-01')
    const newham = site('Newham', '2016-03-01')
    const open = async (siteId: string) => {
      target.siteId = siteId
      await user.click(screen.getByRole('button', { name: 'Open the form' }))
      return (await screen.findByLabelText(/Date judged/)) as HTMLInputElement
    }

    const date = await open(oldham)
    expect(date.value).toBe(showDay(todayIso()))
    expect(screen.queryByText(/last date used/)).toBeNull()
    expect(api.call('sites.get', { id: oldham }).stageOptions[0]?.value).toBe('forming')
    await user.selectOptions(screen.getByLabelText(/Stage/), 'forming')
    await user.clear(date)
    await user.type(date, '14/10/2015')
    await user.click(screen.getByRole('button', { name: 'Record stage' }))
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce())
    expect(api.call('sites.get', { id: oldham }).stages.map((s) => s.judgedOn)).toEqual([
      '2015-10-14'
    ])

    // The next judgement starts from that date and says so.
    expect((await open(oldham)).value).toBe('14/10/2015')
    expect(screen.getByText(/Filled in with the last date used here \(14 Oct 2015\)/)).toBeTruthy()

    // At a site that started after it: the site's start date, the earliest it accepts.
    expect((await open(newham)).value).toBe('01/03/2016')
  })
})
