// The site overview at a glance: stage and leads, every outcome's trajectory with the tests of
// change, attendance, actions, tests by status, the latest reflection and open comments; and the
// same page for a site with nothing recorded yet.
import { afterEach, describe, expect, it } from 'vitest'
import { seedGlanceSite } from '../node/siteGlanceFixture'
import { expectAccessible, goTo, openSession, screenshot, seed, type Session } from './support'

const NOW = new Date('2026-11-21T10:00:00Z')
const clock = () => NOW
let session: Session | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('the site at a glance, end to end', () => {
  it('summarises the partnership on the overview and links to each tab', async () => {
    session = await openSession(clock)
    const s = session
    const { page } = s
    const ids = seedGlanceSite((name, input) => seed(s, name, input, clock))
    const siteRoute = `/programmes/${ids.programmeId}/sites/${ids.siteId}`

    await goTo(s, siteRoute)
    const facts = page.getByRole('region', { name: 'At a glance' })
    await facts.waitFor()
    const factText = await facts.innerText()
    expect(factText).toContain('Functioning judged 15 Sep 2026')
    expect(factText).toContain('Actions are done between meetings.')
    expect(factText).toContain('Finn Hale (Senior manager)')
    expect(factText).toContain('Cara Jones (District nurse)')
    expect(factText).not.toContain('Gus Reid') // handed over in April

    const outcomes = page.getByRole('region', { name: 'Agreed outcomes over time' })
    const chart = outcomes.getByRole('img', { name: /^2 agreed outcomes/ })
    expect(await chart.getAttribute('aria-label')).toBe(
      '2 agreed outcomes, rated from 0 to 10. ' +
        'More trust between GPs and district nurses: from 3 (baseline) to 7 on 9 Jun 2026; ' +
        'More community involvement: 4 on 9 Jun 2026. ' +
        'Tests of change started: T1 on 17 Mar 2026, T2 on 5 May 2026.'
    )
    // Three points on the trust line (baseline and two ratings), one on the community line.
    await expect.poll(() => chart.locator('.recharts-line-dot').count()).toBe(4)
    await expect.poll(() => chart.locator('.recharts-reference-line').count()).toBe(2)
    expect(
      await outcomes.getByRole('list', { name: 'Key to the outcomes chart' }).innerText()
    ).toBe(
      [
        'More trust between GPs and district nurses baseline 3, latest 7 on 9 Jun 2026 (up 4)',
        'More community involvement no baseline, latest 4 on 9 Jun 2026',
        'Hollow dot: the baseline, on the day the outcome was agreed',
        'T1 Social worker joins the GP huddle: started 17 Mar 2026, now adopted (business as usual)',
        'T2 One shared referral form: started 5 May 2026, now testing'
      ].join('\n')
    )
    await outcomes.getByText('Show the ratings and tests of change as a table').click()
    expect(
      await outcomes
        .getByRole('table', { name: /^Baselines and ratings/ })
        .getByRole('row')
        .allInnerTexts()
    ).toEqual([
      'Outcome\tDate\tRating (0 to 10)',
      'More trust between GPs and district nurses\t10 Feb 2026\t3 (baseline)',
      'More trust between GPs and district nurses\t10 Mar 2026\t5',
      'More trust between GPs and district nurses\t9 Jun 2026\t7',
      'More community involvement\t9 Jun 2026\t4'
    ])
    expect(
      await outcomes
        .getByRole('table', { name: /^Tests of change marked/ })
        .getByRole('row')
        .allInnerTexts()
    ).toEqual([
      'Mark\tTest of change\tStarted\tNow',
      'T1\tSocial worker joins the GP huddle\t17 Mar 2026\tAdopted (business as usual)',
      'T2\tOne shared referral form\t5 May 2026\tTesting'
    ])

    const engagement = page.getByRole('region', { name: 'Engagement' })
    await engagement.getByText('Show attendance as a table').click()
    expect(
      await engagement
        .getByRole('table', { name: /^Attendance at each/ })
        .getByRole('row')
        .allInnerTexts()
    ).toEqual([
      'Meeting\tNamed attendees\tNot named\tEveryone present\tApologies',
      '10 Feb 2026\t2\t2\t4\t1',
      '10 Mar 2026\t2\t0\t2\t1',
      '9 Jun 2026\t3\t3\t6\t0'
    ])
    await engagement.getByText('Show actions as a table').click()
    expect(
      await engagement
        .getByRole('table', { name: "The site's actions by outcome" })
        .getByRole('row')
        .allInnerTexts()
    ).toEqual([
      'Outcome\tActions\tShare of all actions',
      'Done on time\t1\t20%',
      'Done late\t1\t20%',
      'Open, not yet due\t1\t20%',
      'Open and overdue\t1\t20%',
      'Dropped\t1\t20%',
      'All actions\t5\t100%'
    ])

    const tests = page.getByRole('region', { name: 'Tests of change' })
    expect(
      await tests
        .getByRole('table', { name: '4 tests of change by status' })
        .getByRole('row')
        .allInnerTexts()
    ).toEqual([
      'Status\tTests',
      'Idea\t1',
      'Planned\t0',
      'Testing\t1',
      'Adopted (business as usual)\t1',
      'Adapted\t0',
      'Abandoned\t1'
    ])
    expect(
      await tests.getByRole('list', { name: 'Adopted as business as usual' }).innerText()
    ).toBe('Social worker joins the GP huddle adopted 28 Apr 2026')

    const review = page.getByRole('region', { name: 'Reflection and review' })
    expect(await review.locator('.glance-latest').innerText()).toBe(
      'Latest reflection: 20 Apr 2026, What slows the actions (team reflection, 30 weeks ago)'
    )
    const comments = await review
      .getByRole('list', { name: 'Open comments' })
      .getByRole('listitem')
      .allInnerTexts()
    expect(comments).toEqual([
      'Which actions slipped twice?\n\nLena Marsh on the whole cycle, in the team reflection of 20 Apr 2026 (What slows the actions)',
      'What made the GP practice feel unheard?\n\nLena Marsh on Reflect, in the reflection of 12 Mar 2026 (After the March meeting) · 1 reply'
    ])

    // The partnership and the stage history are still on the overview, below the summary.
    await page.getByRole('heading', { name: 'Partnership', exact: true }).waitFor()
    await page.getByRole('list', { name: 'Stage history, newest first' }).waitFor()
    await screenshot(page, 'site-glance')
    await expectAccessible(page, 'site overview at a glance')

    // Each block leads to the tab holding the detail.
    const links: [string, string][] = [
      ['All outcomes and their evidence', `#${siteRoute}/outcomes`],
      ['Who comes and how often', `#${siteRoute}/engagement`],
      ['All tests of change', `#${siteRoute}/tests`],
      ['Reflection log', `#/programmes/${ids.programmeId}/reflections?site=${ids.siteId}`],
      ['Social worker joins the GP huddle', `#${siteRoute}/tests/${ids.tests.huddle}`]
    ]
    for (const [name, href] of links) {
      expect(await page.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href)
    }
    await review.getByRole('link', { name: '12 Mar 2026 (After the March meeting)' }).click()
    await page
      .getByRole('heading', { name: 'Reflection: Eastbrook, 12 Mar 2026', level: 1 })
      .waitFor()
    expect(new URL(page.url()).hash).toBe(
      `#/programmes/${ids.programmeId}/reflections/${ids.cycles.march}`
    )
  })

  it('reads well for a site with nothing recorded yet', async () => {
    session = await openSession(clock)
    const s = session
    const { page } = s
    const { id: programmeId } = seed(
      s,
      'programmes.create',
      { name: 'Ageing Well Together', startDate: '2026-01-05' },
      clock
    )
    const { id: siteId } = seed(
      s,
      'sites.create',
      { programmeId, name: 'Harrowdene', startDate: '2026-01-05' },
      clock
    )
    await goTo(s, `/programmes/${programmeId}/sites/${siteId}`)
    await page.getByRole('region', { name: 'At a glance' }).waitFor()
    const text = await page.locator('main').innerText()
    for (const words of [
      'No stage judged yet',
      'No sponsor in the partnership yet',
      'No coordinator in the partnership yet',
      'No outcomes agreed yet.',
      'No partnership meetings recorded yet.',
      'No actions recorded yet.',
      'No tests of change yet.',
      'No reflection logged for this site yet.',
      'No open comments from the learning partner.'
    ]) {
      expect(text).toContain(words)
    }
    await screenshot(page, 'site-glance-empty')
    await expectAccessible(page, 'empty site overview')
  })
})
