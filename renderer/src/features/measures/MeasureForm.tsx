// Add or edit a measure: its name and unit, which way is better, an optional target, the rules
// for signals, how many first points give the baseline median, and the outcome it tracks.
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm, type UseFormReturn } from 'react-hook-form'
import type { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { BASELINE_MIN, BETTER, measureFields, RULES } from '../../../../api/schemas/measures'
import { useApiMutation } from '../../api/hooks'
import { optionsFrom, SelectField, TextField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { numberField } from '../../components/numberField'
import { FormRootError } from '../../components/Status'

// The API takes numbers only; the target and baseline fields give text.
const formSchema = measureFields.extend({
  target: numberField(measureFields.shape.target),
  baselinePoints: numberField(measureFields.shape.baselinePoints)
})
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>
type Measure = ApiOutput<'measures.get'>['measure']
const FIELDS = fieldsOf(formSchema)

function defaultsFor(m: Measure | undefined): Input {
  return {
    name: m?.name ?? '',
    unit: m?.unit ?? '',
    better: m?.better ?? 'higher',
    target: m?.target === null || m?.target === undefined ? '' : String(m.target),
    rules: m?.rules ?? 'anhoej',
    baselinePoints: m?.baselinePoints ? String(m.baselinePoints) : '',
    outcomeId: m?.outcomeId ?? ''
  }
}

/** What the measure is counted in, which way is better, and the target if there is one. */
function ScaleFields({ form }: { form: UseFormReturn<Input, unknown, Output> }) {
  const errors = form.formState.errors
  return (
    <div className="field-grid">
      <TextField
        label="Unit"
        hint="e.g. people a month, days, %"
        registration={form.register('unit')}
        error={errors.unit?.message}
      />
      <SelectField
        label="Which way is better"
        options={optionsFrom(BETTER)}
        registration={form.register('better')}
        error={errors.better?.message}
      />
      <TextField
        label="Target"
        hint="Optional; drawn as a line on the chart"
        registration={form.register('target')}
        error={errors.target?.message}
      />
    </div>
  )
}

export function MeasureForm(props: {
  siteId: string
  outcomes: { id: string; title: string }[]
  measure?: Measure
  onDone: (id: string) => void
  onCancel: () => void
}) {
  const create = useApiMutation('measures.create')
  const update = useApiMutation('measures.update')
  const m = props.measure
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: defaultsFor(m)
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { id } = m
        ? await update.mutateAsync({ ...values, id: m.id })
        : await create.mutateAsync({ ...values, siteId: props.siteId })
      props.onDone(id)
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <TextField
        label="Name"
        required
        hint="What is counted, e.g. people reviewed jointly by health and social care"
        registration={form.register('name')}
        error={errors.name?.message}
      />
      <ScaleFields form={form} />
      <SelectField
        label="Rules for signals"
        hint="Anhøj rules adjust to the number of points; IHI rules use fixed counts"
        options={optionsFrom(RULES)}
        registration={form.register('rules')}
        error={errors.rules?.message}
      />
      <TextField
        label="Baseline points"
        hint={`How many of the first points give the median (at least ${BASELINE_MIN}). Leave empty to use all points until a new baseline.`}
        registration={form.register('baselinePoints')}
        error={errors.baselinePoints?.message}
      />
      <SelectField
        label="Agreed outcome it tracks"
        placeholder="Not tied to an outcome"
        options={props.outcomes.map((o) => ({ value: o.id, label: o.title }))}
        registration={form.register('outcomeId')}
        error={errors.outcomeId?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {m ? 'Save measure' : 'Add measure'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
