// The report period's two dates, the same on the new-report form and the report's settings.
import type { Control, FieldErrors, Path } from 'react-hook-form'
import { DateField } from '../../components/fields'

interface Period {
  periodFrom: string
  periodTo: string
}

export function PeriodFields<T extends Period>(props: {
  control: Control<T>
  errors: FieldErrors<Period>
}) {
  return (
    <>
      <DateField
        label="Period from"
        required
        control={props.control}
        name={'periodFrom' as Path<T>}
        error={props.errors.periodFrom?.message}
      />
      <DateField
        label="Period to"
        required
        control={props.control}
        name={'periodTo' as Path<T>}
        error={props.errors.periodTo?.message}
      />
    </>
  )
}
