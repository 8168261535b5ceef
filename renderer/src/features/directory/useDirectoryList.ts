// The directory's lists, filtered in the store: while a new filter's rows load, the last ones stay
// on screen (no "Loading…" flash between keystrokes).
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ApiInput, ApiOutput } from '../../../../api/contract'
import { call } from '../../api/client'

type DirectoryVerb = 'people.list' | 'organisations.list'

export function useDirectoryList<K extends DirectoryVerb>(name: K, input: ApiInput<K>) {
  return useQuery<ApiOutput<K>>({
    queryKey: [name, input],
    queryFn: () => call(name, input),
    placeholderData: keepPreviousData
  })
}
