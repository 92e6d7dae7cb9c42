import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import type { ListResponse } from "../lib/types"

export type ReadOptions = { enabled?: boolean }

/** A GET of a plugin route cached under `queryKey`; with `enabled: false` (the caller may not read it) it waits. */
export const useApiQuery = <T>(
  queryKey: QueryKey,
  path: string,
  {
    enabled = true,
    query,
    keepPrevious = false,
    refetchInterval,
  }: ReadOptions & { query?: QueryParams; keepPrevious?: boolean; refetchInterval?: number } = {}
) =>
  useQuery({
    queryKey,
    queryFn: () => api<T>(path, { query }),
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    enabled,
    refetchInterval,
  })

/** One page of a plugin list route (`{ data, count, offset, limit }`); the last page stays shown while the next loads. */
export const useListQuery = <T, Extra extends object = object>(
  queryKey: QueryKey,
  path: string,
  query: QueryParams,
  options: ReadOptions = {}
) => useApiQuery<ListResponse<T> & Extra>(queryKey, path, { ...options, query, keepPrevious: true })

/**
 * A write to the plugin's API. When it succeeds the queries under each key of `invalidates` are read again, and the
 * mutation stays pending until they are, so a form closes on fresh data.
 */
export const useApiMutation = <Input, Result>(
  mutationFn: (input: Input) => Promise<Result>,
  invalidates: readonly QueryKey[] = []
) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  })
}
