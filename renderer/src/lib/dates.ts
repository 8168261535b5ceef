// en-GB display of the ISO dates the API carries ("2026-11-21" -> "21 Nov 2026").
import { format, parseISO } from 'date-fns'
import { enGB } from 'date-fns/locale'

export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return ''
  return format(parseISO(isoDate), 'd MMM yyyy', { locale: enGB })
}

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd')
}
