// Start a test of change (from a meeting, a reflection's plan or on its own) or edit one: what is
// tried, the outcomes it serves, who owns it, where it came from and the shared idea it tries.
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { testFields } from '../../../../api/schemas/testsOfChange'
import { MEETING_KINDS } from '../../../../domain/vocabulary'
import { ApiCallError } from '../../api/client'
import { useApiMutation, useApiQuery } from '../../api/hooks'
import {
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  optionsFrom
} from '../../components/fields'
import { showApiError } from '../../components/forms'
import { useFormDraft } from '../../components/FormDraft'
import { useLeaveGuard } from '../../components/LeaveGuard'
import { FormRootError, QueryState } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useRememberedDate } from '../../lib/rememberedDate'
import { useSiteData } from '../sites/SitePage'
import { KIND_SHORT } from './StatusBadge'

const NEW_IDEA = 'new'
const formSchema = testFields
  .omit({ newChangeIdea: true, changeIdeaId: true })
  .extend({ ideaChoice: z.string(), newIdeaTitle: z.string(), newIdeaDescription: z.string() })
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>
const FIELDS = [
  'title',
  'idea',
  'prediction',
  'ownerId',
  'kind',
  'outcomeIds',
  'sourceMeetingId',
  'sourceReflectionId',
  'ideaChoice',
  'newIdeaTitle',
  'createdOn'
] as const

type Prepared = ApiOutput<'testsOfChange.prepare'>
type Existing = ApiOutput<'testsOfChange.get'>

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
function forForm(error: unknown): unknown {
  if (!(error instanceof ApiCallError)) return error
  const issues = error.issues.map((i) => ({
    ...i,
    path: i.path.startsWith('newChangeIdea')
      ? 'newIdeaTitle'
      : i.path.replace(/^changeIdeaId/, 'ideaChoice')
  }))
  return new ApiCallError(error.code, error.message, issues)
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
    resolver: zodResolver(formSchema),
    defaultValues: {
      title: test?.title ?? params.get('title') ?? '',
      idea: test?.idea ?? '',
      prediction: test?.prediction ?? '',
      ownerId: test?.ownerId ?? '',
      kind: test?.kind ?? 'quick_win',
      outcomeIds: existing?.outcomes.map((o) => o.id) ?? [],
      sourceMeetingId: test ? (test.sourceMeetingId ?? '') : (params.get('meeting') ?? ''),
      sourceReflectionId: test ? (test.sourceReflectionId ?? '') : (params.get('reflection') ?? ''),
      ideaChoice: test?.changeIdeaId ?? '',
      newIdeaTitle: '',
      newIdeaDescription: '',
      createdOn: test?.createdOn ?? started.date
    }
  })
  const errors = form.formState.errors
  const draft = useFormDraft(test ? `test:${test.id}` : `test:new:${site.id}`, form)
  const guard = useLeaveGuard(form.formState.isDirty, true)
  const ideaChoice = useWatch({ control: form.control, name: 'ideaChoice' })
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
        showApiError(forForm(error), form.setError, FIELDS)
      }
    }
  )

  const heading = test ? `Edit “${test.title}”` : 'Start a test of change'
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="test-form-heading">
      <h2 id="test-form-heading">{heading}</h2>
      {draft.offer}
      <FormRootError message={errors.root?.message} />
      <fieldset className="form-section">
        <legend>What you will try</legend>
        <TextField
          label="Title"
          required
          registration={form.register('title')}
          error={errors.title?.message}
        />
        <TextAreaField
          label="The change idea"
          hint="What will be done differently, by whom, for whom."
          registration={form.register('idea')}
          error={errors.idea?.message}
        />
        <TextAreaField
          label="Prediction"
          hint="What do you expect will happen, and how will you know?"
          registration={form.register('prediction')}
          error={errors.prediction?.message}
        />
        <div className="field-grid toc-form-grid">
          <SelectField
            label="Kind"
            hint="A quick win is a technical fix; an adaptive challenge is one no single agency holds the answer to."
            options={optionsFrom(KIND_SHORT)}
            registration={form.register('kind')}
            error={errors.kind?.message}
          />
          <SelectField
            label="Owner"
            placeholder="No owner yet"
            options={options.people.map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }))}
            registration={form.register('ownerId')}
            error={errors.ownerId?.message}
          />
          <DateField
            label="Date started"
            required
            hint={test ? undefined : started.hint}
            control={form.control}
            name="createdOn"
            error={errors.createdOn?.message}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Outcomes it serves</legend>
        {errors.outcomeIds ? (
          <p className="field-error" role="alert">
            {errors.outcomeIds.message ?? 'Check the outcomes chosen'}
          </p>
        ) : null}
        {options.outcomes.filter((o) => !o.archivedAt).length === 0 ? (
          <p className="empty">{site.name} has no agreed outcomes yet.</p>
        ) : (
          <div className="checkbox-group">
            {options.outcomes
              .filter((o) => !o.archivedAt || existing?.outcomes.some((x) => x.id === o.id))
              .map((o) => (
                <label key={o.id} className="checkbox">
                  <input type="checkbox" value={o.id} {...form.register('outcomeIds')} />
                  {o.title}
                </label>
              ))}
          </div>
        )}
      </fieldset>
      <fieldset className="form-section">
        <legend>Where it came from</legend>
        <div className="field-grid toc-form-grid">
          <SelectField
            label="From the meeting"
            placeholder="Not from a meeting"
            options={options.meetings.map((m) => ({
              value: m.id,
              label: `${MEETING_KINDS[m.kind]}, ${formatDate(m.heldOn)}`
            }))}
            registration={form.register('sourceMeetingId')}
            error={errors.sourceMeetingId?.message}
          />
          <SelectField
            label="From a reflection’s plan"
            placeholder="Not from a reflection"
            options={options.reflections.map((r) => ({
              value: r.id,
              label: `${formatDate(r.heldOn)}${r.title ? `: ${r.title}` : ''}${r.siteId ? '' : ' (team)'}`
            }))}
            registration={form.register('sourceReflectionId')}
            error={errors.sourceReflectionId?.message}
          />
          <SelectField
            label="Shared change idea"
            hint="Link tests of the same idea in different sites, to compare how each ended."
            placeholder="Not linked to a shared idea"
            options={[
              ...options.changeIdeas.map((c) => ({ value: c.id, label: c.title })),
              { value: NEW_IDEA, label: 'A new shared change idea…' }
            ]}
            registration={form.register('ideaChoice')}
            error={errors.ideaChoice?.message}
          />
        </div>
        {ideaChoice === NEW_IDEA ? (
          <div className="field-grid toc-form-grid">
            <TextField
              label="New change idea title"
              required
              registration={form.register('newIdeaTitle')}
              error={errors.newIdeaTitle?.message}
            />
            <TextField
              label="New change idea description"
              registration={form.register('newIdeaDescription')}
              error={errors.newIdeaDescription?.message}
            />
          </div>
        ) : null}
      </fieldset>
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
