// Where a test is in its lifecycle: a stepper over the main stages, the full history of moves with
// their dates and reasons, and buttons for only the moves the rules allow.
import './testsOfChange.css'
import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import {
  isDecision,
  MOVE_LABELS,
  stepperStages,
  TEST_STATUS_LABELS,
  type TestStatus
} from '../../../../domain/lifecycle'
import { moveTest } from '../../../../api/schemas/testsOfChange'
import { useApiMutation } from '../../api/hooks'
import { DateField, TextAreaField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { Modal } from '../../components/Modal'
import { FormRootError } from '../../components/Status'
import { formatDate } from '../../lib/dates'
import { useRememberedDate } from '../../lib/rememberedDate'
import { FUNNEL_LABELS } from './funnelSeries'
import type { TestData } from './TestPage'

export function Lifecycle({ data }: { data: TestData }) {
  const [moving, setMoving] = useState<TestStatus | null>(null)
  const { test, history } = data
  const stages = stepperStages(test.status)
  const reached = (s: TestStatus) => history.filter((h) => h.status === s).at(-1)
  const currentIndex = stages.indexOf(test.status)
  return (
    <section className="panel" aria-labelledby="lifecycle-heading">
      <h3 id="lifecycle-heading">Lifecycle</h3>
      <ol className="toc-stepper" aria-label="Stages of this test">
        {stages.map((stage, i) => {
          const when = reached(stage)
          const state = i === currentIndex ? 'current' : when ? 'done' : 'upcoming'
          return (
            <li
              key={stage}
              className={`toc-step toc-step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="toc-step-label">{FUNNEL_LABELS[stage]}</span>
              <span className="toc-step-date">
                {when ? formatDate(when.changedOn) : state === 'upcoming' ? 'Not yet' : ''}
              </span>
              {state === 'current' ? (
                <span className="visually-hidden"> (current stage)</span>
              ) : null}
            </li>
          )
        })}
      </ol>
      {data.moves.length > 0 ? (
        <div className="toc-moves" role="group" aria-label="Move this test">
          {data.moves.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'abandoned' ? 'button-secondary' : undefined}
              onClick={() => setMoving(to)}
            >
              {MOVE_LABELS[to]}
            </button>
          ))}
        </div>
      ) : (
        <p className="muted">This test is finished: it was {test.status}.</p>
      )}
      {data.adoptionBlocked ? <p className="hint">{data.adoptionBlocked}.</p> : null}
      <h4>History</h4>
      <ol className="timeline" aria-label="History of moves, oldest first">
        {history.map((h) => (
          <li key={h.id}>
            <div className="timeline-marker" aria-hidden="true" />
            <p className="timeline-title">
              <time dateTime={h.changedOn}>{formatDate(h.changedOn)}</time>:{' '}
              {h.status === 'idea' ? 'Started as an idea' : TEST_STATUS_LABELS[h.status]}
            </p>
            {h.reason ? <p className="timeline-reason">{h.reason}</p> : null}
          </li>
        ))}
      </ol>
      {moving ? (
        <Modal title={MOVE_LABELS[moving]} onClose={() => setMoving(null)}>
          <MoveForm data={data} to={moving} onDone={() => setMoving(null)} />
        </Modal>
      ) : null}
    </section>
  )
}

const formSchema = moveTest.pick({ on: true, reason: true })
type Input = z.input<typeof formSchema>
type Output = z.output<typeof formSchema>

function MoveForm(props: { data: TestData; to: TestStatus; onDone: () => void }) {
  const move = useApiMutation('testsOfChange.move')
  // A move cannot be dated before the test's last move.
  const moved = useRememberedDate('testMove', { earliest: props.data.lastMovedOn })
  const decision = isDecision(props.to)
  const form = useForm<Input, unknown, Output>({
    resolver: zodResolver(formSchema),
    defaultValues: { on: moved.date, reason: '' }
  })
  const errors = form.formState.errors
  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await move.mutateAsync({ ...values, id: props.data.test.id, status: props.to })
      moved.remember(values.on)
      props.onDone()
    } catch (error) {
      showApiError(error, form, ['on', 'reason'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <p>
        Move “{props.data.test.title}” from{' '}
        {TEST_STATUS_LABELS[props.data.test.status].toLowerCase()} to{' '}
        {TEST_STATUS_LABELS[props.to].toLowerCase()}.
      </p>
      <FormRootError message={errors.root?.message} />
      <DateField
        label={decision ? 'Date of the decision' : 'Date'}
        required
        hint={`On or after ${formatDate(props.data.lastMovedOn)}, the last move.${moved.hint ? ` ${moved.hint}.` : ''}`}
        control={form.control}
        name="on"
        error={errors.on?.message}
      />
      <TextAreaField
        label="Reason"
        required={decision}
        hint={
          decision ? 'Why the partnership decided this: what the PDSA cycles showed.' : 'Optional.'
        }
        registration={form.register('reason')}
        error={errors.reason?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          {MOVE_LABELS[props.to]}
        </button>
        <button type="button" className="button-secondary" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
