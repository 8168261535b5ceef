// The measure's baseline periods, and starting a new one from a date (e.g. after an adopted
// change), offering the decision dates of the site's adopted tests of change.
import './measures.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { ApiOutput } from '../../../../api/contract'
import { addBaseline } from '../../../../api/schemas/measures'
import { useApiMutation } from '../../api/hooks'
import { DateField, TextField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { Modal } from '../../components/Modal'
import { FormRootError } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { formatPeriod } from './runChart'

type Data = ApiOutput<'measures.get'>
const formSchema = addBaseline.omit({ measureId: true })
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>

export function Baselines(props: { data: Data }) {
  const { measure, baselines, points } = props.data
  const [adding, setAdding] = useState(false)
  const remove = useApiMutation('measures.removeBaseline')
  const first = points[0]
  return (
    <section aria-labelledby="baselines-heading" className="panel">
      <div className="section-header">
        <h3 id="baselines-heading">Baselines</h3>
        <button type="button" className="button-secondary" onClick={() => setAdding(true)}>
          Start a new baseline from…
        </button>
      </div>
      <ul className="baseline-list">
        <li>
          First baseline
          {first
            ? ` from ${formatPeriod(
                first.period,
                points.every((p) => p.period.endsWith('-01'))
              )}`
            : ''}
          :{' '}
          {measure.baselinePoints
            ? `median of its first ${measure.baselinePoints} points`
            : 'median of all its points'}
        </li>
        {baselines.map((b) => (
          <li key={b.id}>
            New baseline from {formatDate(b.startsOn)}
            {b.reason ? `: ${b.reason}` : ''}{' '}
            <button
              type="button"
              className="button-link"
              onClick={() => remove.mutate({ id: b.id })}
            >
              Remove the baseline from {formatDate(b.startsOn)}
            </button>
          </li>
        ))}
      </ul>
      {remove.error ? (
        <p className="form-error" role="alert">
          {remove.error.message}
        </p>
      ) : null}
      {adding ? (
        <Modal title="Start a new baseline" onClose={() => setAdding(false)}>
          <BaselineForm data={props.data} onDone={() => setAdding(false)} />
        </Modal>
      ) : null}
    </section>
  )
}

function BaselineForm(props: { data: Data; onDone: () => void }) {
  const add = useApiMutation('measures.addBaseline')
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: { startsOn: '', reason: '' }
  })
  const errors = form.formState.errors
  const decisions = props.data.markers.filter((m) => m.kind === 'adopted')
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await add.mutateAsync({ ...values, measureId: props.data.measure.id })
      props.onDone()
    } catch (error) {
      showApiError(error, form, ['startsOn', 'reason'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>
        Points from this date on get their own median, so the chart judges the new level of
        performance on its own rather than against the old one.
      </p>
      <FormRootError message={errors.root?.message} />
      {decisions.length > 0 ? (
        <div className="baseline-suggestions">
          <p>After an adopted change:</p>
          {decisions.map((d) => (
            <button
              key={`${d.testId}-${d.date}`}
              type="button"
              className="button-secondary"
              onClick={() => {
                form.setValue('startsOn', d.date)
                form.setValue('reason', `After adopting: ${d.testTitle}`)
              }}
            >
              Use {formatDate(d.date)} ({d.label}: {d.testTitle})
            </button>
          ))}
        </div>
      ) : null}
      <DateField
        label="Start date"
        required
        hint="Points for periods starting on or after this date are in the new baseline"
        control={form.control}
        name="startsOn"
        error={errors.startsOn?.message}
      />
      <TextField
        label="Reason"
        hint="e.g. the shared referral form became business as usual"
        registration={form.register('reason')}
        error={errors.reason?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Start the new baseline
        </button>
        <button type="button" className="button-secondary" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
