// The test of change form's schema and its sections: what is tried, the outcomes it serves and
// where it came from (with the shared change idea it tries).
import './testsOfChange.css'
import { useWatch, type UseFormReturn } from 'react-hook-form'
import { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { testFields } from '../../../../api/schemas/testsOfChange'
import { MEETING_KINDS } from '../../../../domain/vocabulary'
import {
  DateField,
  SelectField,
  TextAreaField,
  TextField,
  optionsFrom
} from '../../components/fields'
import { formatDate } from '../../lib/dates'
import { useSiteData } from '../sites/SitePage'
import { KIND_SHORT } from './StatusBadge'

export const NEW_IDEA = 'new'
export const testForm = testFields
  .omit({ newChangeIdea: true, changeIdeaId: true })
  .extend({ ideaChoice: z.string(), newIdeaTitle: z.string(), newIdeaDescription: z.string() })
export type Input = z.input<typeof testForm>
export type Output = z.output<typeof testForm>

export type Prepared = ApiOutput<'testsOfChange.prepare'>
export type Existing = ApiOutput<'testsOfChange.get'>
type Form = UseFormReturn<Input, unknown, Output>

/** The form's first values: the test being edited, else what the link it came by suggests. */
export function testDefaults(
  existing: Existing | undefined,
  params: URLSearchParams,
  startedOn: string
): Input {
  const test = existing?.test
  return {
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
    createdOn: test?.createdOn ?? startedOn
  }
}

export function WhatSection(props: { form: Form; options: Prepared; startedHint?: string }) {
  const { form, options } = props
  const errors = form.formState.errors
  return (
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
          hint={props.startedHint}
          control={form.control}
          name="createdOn"
          error={errors.createdOn?.message}
        />
      </div>
    </fieldset>
  )
}

export function OutcomesServedSection(props: {
  form: Form
  options: Prepared
  existing?: Existing
}) {
  const { form, options, existing } = props
  const { site } = useSiteData()
  const errors = form.formState.errors
  return (
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
  )
}

export function SourcesSection({ form, options }: { form: Form; options: Prepared }) {
  const errors = form.formState.errors
  const ideaChoice = useWatch({ control: form.control, name: 'ideaChoice' })
  return (
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
  )
}
