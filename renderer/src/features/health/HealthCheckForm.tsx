// Record a health check: a framework the programme uses, the date, who judged (the group at a
// meeting, or the consultant), and a judgement on the framework's scale for each item.
import { useState } from 'react'
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form'
import type { ApiOutput } from '../../../../api/contract'
import { HEALTH_JUDGED_BY, type HealthJudgedBy } from '../../../../domain/vocabulary'
import { useApiMutation } from '../../api/hooks'
import { DateField, optionsFrom, SelectField, TextAreaField } from '../../components/fields'
import { showApiError } from '../../components/forms'
import { FormRootError } from '../../components/Status'
import { useRememberedDate } from '../../lib/rememberedDate'
import { JudgementFields, type Judgements } from './JudgementFields'

type SiteHealth = ApiOutput<'healthChecks.site'>

interface Values {
  frameworkId: string
  checkedOn: string
  judgedBy: HealthJudgedBy
  meetingId: string
  note: string
}

/** Which framework, when, judged by whom, and at which meeting. */
function CheckFields(props: {
  form: UseFormReturn<Values>
  data: SiteHealth
  dateHint: string | undefined
  onFrameworkChange: () => void
}) {
  const errors = props.form.formState.errors
  const [fromMeeting, setFromMeeting] = useState(false)
  // A check made at a meeting is dated that day and, unless changed, judged by the group there.
  const onMeetingChange = (event: { target: { value: string } }) => {
    const meeting = props.data.meetings.find((m) => m.id === event.target.value)
    setFromMeeting(Boolean(meeting))
    if (!meeting) return
    props.form.setValue('checkedOn', meeting.heldOn, { shouldDirty: true })
    props.form.setValue('judgedBy', 'group', { shouldDirty: true })
  }
  return (
    <div className="field-grid">
      <SelectField
        label="Framework"
        required
        options={props.data.frameworks.map((f) => ({ value: f.id, label: f.name }))}
        registration={props.form.register('frameworkId', { onChange: props.onFrameworkChange })}
        error={errors.frameworkId?.message}
      />
      <DateField
        label="Date of the check"
        required
        hint={fromMeeting ? 'The date of the meeting chosen below' : props.dateHint}
        control={props.form.control}
        name="checkedOn"
        error={errors.checkedOn?.message}
      />
      <SelectField
        label="Judged by"
        required
        options={optionsFrom(HEALTH_JUDGED_BY)}
        registration={props.form.register('judgedBy')}
        error={errors.judgedBy?.message}
      />
      <SelectField
        label="At a meeting"
        placeholder="Not at a meeting"
        options={props.data.meetings.map((m) => ({ value: m.id, label: m.label }))}
        registration={props.form.register('meetingId', { onChange: onMeetingChange })}
        error={errors.meetingId?.message}
      />
    </div>
  )
}

export function HealthCheckForm(props: {
  data: SiteHealth
  onDone: () => void
  onCancel: () => void
}) {
  const record = useApiMutation('healthChecks.record')
  const [judgements, setJudgements] = useState<Judgements>({})
  const checked = useRememberedDate('healthCheck', { earliest: props.data.site.startDate })
  const form = useForm<Values>({
    defaultValues: {
      frameworkId: props.data.frameworks[0]?.id ?? '',
      checkedOn: checked.date,
      judgedBy: 'consultant',
      meetingId: '',
      note: ''
    }
  })
  const errors = form.formState.errors
  const frameworkId = useWatch({ control: form.control, name: 'frameworkId' })
  const framework = props.data.frameworks.find((f) => f.id === frameworkId)
  const onSubmit = form.handleSubmit(async (v) => {
    try {
      await record.mutateAsync({
        siteId: props.data.site.id,
        ...v,
        meetingId: v.meetingId || null,
        judgements: (framework?.items ?? [])
          .filter((item) => judgements[item.id]?.value)
          .map((item) => ({
            itemId: item.id,
            value: judgements[item.id]?.value ?? '',
            note: judgements[item.id]?.note ?? ''
          }))
      })
      checked.remember(v.checkedOn)
      props.onDone()
    } catch (error) {
      showApiError(error, form, ['frameworkId', 'checkedOn', 'judgedBy', 'meetingId'])
    }
  })
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormRootError message={errors.root?.message} />
      <CheckFields
        form={form}
        data={props.data}
        dateHint={checked.hint}
        onFrameworkChange={() => setJudgements({})}
      />
      {framework ? (
        <JudgementFields framework={framework} value={judgements} onChange={setJudgements} />
      ) : (
        <p className="empty">The programme uses no frameworks yet.</p>
      )}
      <TextAreaField
        label="Note on the whole check"
        registration={form.register('note')}
        error={errors.note?.message}
      />
      <div className="form-actions">
        <button type="submit" disabled={form.formState.isSubmitting}>
          Record check
        </button>
        <button type="button" className="button-secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
