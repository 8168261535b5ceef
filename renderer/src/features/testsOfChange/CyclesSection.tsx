// A test's PDSA cycles (plan with a prediction, do, study, act, with dates), to add, edit and delete.
import './testsOfChange.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { cycleFields } from '../../../../api/schemas/testsOfChange'
import { useApiMutation } from '../../api/hooks'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { DateField, TextAreaField } from '../../components/fields'
import { fieldsOf, showApiError } from '../../components/forms'
import { Modal } from '../../components/Modal'
import { FormRootError } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useRememberedDate } from '../../lib/rememberedDate'
import type { TestData } from './TestPage'

type Cycle = TestData['cycles'][number]
type Input = z.input<typeof cycleFields>
type Output = z.output<typeof cycleFields>
const PARTS = [
  ['plan', 'Plan'],
  ['prediction', 'Prediction'],
  ['doNotes', 'Do'],
  ['study', 'Study'],
  ['act', 'Act']
] as const
const FIELDS = fieldsOf(cycleFields)

export function CyclesSection({ data }: { data: TestData }) {
  const [editing, setEditing] = useState<Cycle | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Cycle | null>(null)
  const remove = useApiMutation('testsOfChange.deleteCycle')
  const period = (c: Cycle) =>
    c.endedOn
      ? `${formatDate(c.startedOn)} to ${formatDate(c.endedOn)}`
      : `from ${formatDate(c.startedOn)}, still running`
  return (
    <section className="panel" aria-labelledby="cycles-heading">
      <div className="section-header">
        <h3 id="cycles-heading">PDSA cycles</h3>
        <button type="button" onClick={() => setEditing('new')}>
          Add a PDSA cycle
        </button>
      </div>
      {data.cycles.length === 0 ? (
        <p className="empty">
          No PDSA cycles yet: plan the first with a prediction, then do, study and act.
        </p>
      ) : (
        <ol className="toc-cycles">
          {data.cycles.map((c, i) => (
            <li key={c.id} className="toc-cycle">
              <div className="section-header">
                <h4>
                  Cycle {i + 1}: <span className="muted">{period(c)}</span>
                </h4>
                <div className="row-actions">
                  <button type="button" className="button-secondary" onClick={() => setEditing(c)}>
                    Edit<span className="visually-hidden"> cycle {i + 1}</span>
                  </button>
                  <button type="button" className="button-secondary" onClick={() => setDeleting(c)}>
                    Delete<span className="visually-hidden"> cycle {i + 1}</span>
                  </button>
                </div>
              </div>
              <dl className="toc-pdsa">
                {PARTS.map(([key, label]) => (
                  <div key={key}>
                    <dt>{label}</dt>
                    <dd className="prose">
                      {c[key] || <span className="muted">Not written yet</span>}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {editing ? (
        <Modal
          title={editing === 'new' ? 'Add a PDSA cycle' : 'Edit the PDSA cycle'}
          onClose={() => setEditing(null)}
          wide
        >
          <CycleForm
            testId={data.test.id}
            cycle={editing === 'new' ? undefined : editing}
            defaultPrediction={data.cycles.length === 0 ? data.test.prediction : ''}
            testStartedOn={data.test.createdOn}
            onDone={() => setEditing(null)}
          />
        </Modal>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title="Delete this PDSA cycle?"
          message={`The cycle starting ${formatDate(deleting.startedOn)} and its notes will be deleted. This cannot be undone.`}
          confirmLabel="Delete cycle"
          onConfirm={() => remove.mutateAsync({ id: deleting.id })}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </section>
  )
}

const PART_HINTS: Record<(typeof PARTS)[number][0], string> = {
  plan: 'What will be tried, by whom, where and when.',
  prediction: 'What you expect to happen.',
  doNotes: 'What happened when you tried it.',
  study: 'What the results show, against the prediction.',
  act: 'What you will do next: adopt, adapt or abandon.'
}

function CycleForm(props: {
  testId: string
  cycle?: Cycle
  defaultPrediction: string
  /** A cycle cannot start before its test did. */
  testStartedOn: string
  onDone: () => void
}) {
  const add = useApiMutation('testsOfChange.addCycle')
  const update = useApiMutation('testsOfChange.updateCycle')
  const c = props.cycle
  const started = useRememberedDate('pdsaCycle', { earliest: props.testStartedOn })
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(cycleFields),
    defaultValues: c
      ? { ...c, endedOn: c.endedOn ?? '' }
      : {
          plan: '',
          prediction: props.defaultPrediction,
          doNotes: '',
          study: '',
          act: '',
          startedOn: started.date,
          endedOn: ''
        }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (c) await update.mutateAsync({ ...values, id: c.id })
      else await add.mutateAsync({ ...values, testId: props.testId })
      started.remember(values.startedOn)
      props.onDone()
    } catch (error) {
      showApiError(error, form, FIELDS)
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <div className="field-row">
        <DateField
          label="Start date"
          required
          hint={c ? undefined : started.hint}
          control={form.control}
          name="startedOn"
          error={errors.startedOn?.message}
        />
        <DateField
          label="End date"
          hint="Leave empty while the cycle runs."
          control={form.control}
          name="endedOn"
          error={errors.endedOn?.message}
        />
      </div>
      {PARTS.map(([key, label]) => (
        <TextAreaField
          key={key}
          label={label}
          hint={PART_HINTS[key]}
          rows={2}
          registration={form.register(key)}
          error={errors[key]?.message}
        />
      ))}
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {c ? 'Save cycle' : 'Add cycle'}
        </button>
        <button type="button" className="button-secondary" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
