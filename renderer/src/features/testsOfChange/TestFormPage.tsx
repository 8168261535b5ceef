// Start a test of change (from a meeting, a reflection's plan or on its own) or edit one: what is
// tried, the outcomes it serves, who owns it, where it came from and the shared idea it tries.
import './testsOfChange.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import { fieldsOf, showApiError } from '../../components/forms'
import { useFormDraft } from '../../components/FormDraft'
import { useLeaveGuard } from '../../components/LeaveGuard'
import { FormRootError, QueryState } from '../../components/Status'
import { useRememberedDate } from '../../lib/rememberedDate'
import { useSiteData } from '../sites/SitePage'
import {
  NEW_IDEA,
  OutcomesServedSection,
  SourcesSection,
  testDefaults,
  testForm,
  WhatSection,
  type Existing,
  type Input,
  type Output,
  type Prepared
} from './TestFormSections'

const FIELDS = fieldsOf(testForm)

export function TestFormPage() {
  const { site } = useSiteData()
  const testId = useParams().testId
  const prepared = useApiQuery('testsOfChange.prepare', { siteId: site.id })
  const existing = useApiQuery('testsOfChange.get', { id: testId ?? '' }, !!testId)
  // The form reads its defaults once: wait for data fetched since opening, not an older copy.
  const [openedAt] = useState(() => Date.now())
  const fresh =
    prepared.dataUpdatedAt >= openedAt &&
    (!testId || existing.isError || existing.dataUpdatedAt >= openedAt)
  return (
    <QueryState query={prepared}>
      {(options) =>
        !fresh ? (
          <p className="muted" role="status">
            Loading…
          </p>
        ) : testId ? (
          <QueryState query={existing}>
            {(data) => <TestForm options={options} existing={data} />}
          </QueryState>
        ) : (
          <TestForm options={options} />
        )
      }
    </QueryState>
  )
}

/** The API names the new idea's fields under newChangeIdea; the form has them flat. */
function fieldFor(apiPath: string): string | null {
  const path = apiPath.startsWith('newChangeIdea')
    ? 'newIdeaTitle'
    : apiPath.replace(/^changeIdeaId/, 'ideaChoice')
  const field = path.split('.')[0] ?? ''
  return FIELDS.includes(field) ? field : null
}

function TestForm({ options, existing }: { options: Prepared; existing?: Existing }) {
  const { programme, site } = useSiteData()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const create = useApiMutation('testsOfChange.create')
  const update = useApiMutation('testsOfChange.update')
  const test = existing?.test
  // A test started from a meeting or a reflection starts on its date (the earliest accepted).
  const sourceOn =
    options.meetings.find((m) => m.id === params.get('meeting'))?.heldOn ??
    options.reflections.find((r) => r.id === params.get('reflection'))?.heldOn
  const started = useRememberedDate('testStart', { context: sourceOn, earliest: sourceOn })
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(testForm),
    defaultValues: testDefaults(existing, params, started.date)
  })
  const errors = form.formState.errors
  const draft = useFormDraft(test ? `test:${test.id}` : `test:new:${site.id}`, form)
  const guard = useLeaveGuard(form.formState.isDirty, true)
  const base = `/programmes/${programme.id}/sites/${site.id}/tests`

  const onSubmit = form.handleSubmit(
    async ({ ideaChoice, newIdeaTitle, newIdeaDescription, ...values }) => {
      const link =
        ideaChoice === NEW_IDEA
          ? {
              changeIdeaId: null,
              newChangeIdea: { title: newIdeaTitle, description: newIdeaDescription }
            }
          : { changeIdeaId: ideaChoice || null, newChangeIdea: null }
      try {
        const { id } = test
          ? await update.mutateAsync({ ...values, ...link, id: test.id })
          : await create.mutateAsync({ ...values, ...link, siteId: site.id })
        started.remember(values.createdOn)
        draft.forget()
        guard.allowLeave()
        navigate(`${base}/${id}`)
      } catch (error) {
        showApiError(error, form, fieldFor)
      }
    }
  )

  const heading = test ? `Edit “${test.title}”` : 'Start a test of change'
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="test-form-heading">
      <h2 id="test-form-heading">{heading}</h2>
      {draft.offer}
      <FormRootError message={errors.root?.message} />
      <WhatSection form={form} options={options} startedHint={test ? undefined : started.hint} />
      <OutcomesServedSection form={form} options={options} existing={existing} />
      <SourcesSection form={form} options={options} />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {test ? 'Save test of change' : 'Start the test of change'}
        </button>
        <button type="button" className="button-secondary" onClick={() => navigate(-1)}>
          Cancel
        </button>
      </div>
      {guard.prompt}
    </form>
  )
}
