// TanStack Query over api.call: reads are keyed by verb and input; writes refresh everything,
// which is cheap on a local store and never shows stale data after a change.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ApiInput, ApiName, ApiOutput } from '../../../api/contract'
import { call } from './client'

export function useApiQuery<K extends ApiName>(name: K, input: ApiInput<K>, enabled = true) {
  return useQuery({
    queryKey: [name, input],
    queryFn: () => call(name, input),
    enabled
  })
}

export function useApiMutation<K extends ApiName>(name: K) {
  const queryClient = useQueryClient()
  return useMutation<ApiOutput<K>, Error, ApiInput<K>>({
    mutationFn: (input) => call(name, input),
    onSuccess: () => queryClient.invalidateQueries()
  })
}
