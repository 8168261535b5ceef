// Reading a list the store hands out a page at a time (actions.page, reflections.page) to its end.
import type { ApiInput, ApiOutput } from '../../api/contract'
import type { TestApi } from './store'

type PagedVerb = 'actions.page' | 'reflections.page'

/** Every page of `limit` rows, from the first until the total says there are no more. */
export function readAllPages<K extends PagedVerb>(
  api: TestApi,
  name: K,
  input: Omit<ApiInput<K>, 'offset' | 'limit'>,
  limit: number
): ApiOutput<K>[] {
  const pages: ApiOutput<K>[] = []
  for (let offset = 0; ; offset += limit) {
    const page = api.call(name, { ...input, offset, limit } as ApiInput<K>)
    pages.push(page)
    if (offset + limit >= (page as { total: number }).total) return pages
  }
}
