import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import { disputeKeys } from "../lib/query-keys"
import type { DisputeDocument, ListResponse } from "../lib/types"

export const useDisputes = (query: QueryParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: disputeKeys.list(query),
    queryFn: () => api<ListResponse<DisputeDocument>>("/admin/stripe-connect/disputes", { query }),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  })

export type EvidenceFile = { filename: string; content_type: string; data_base64: string }

export const useSubmitDisputeEvidence = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({
      disputeId,
      ...body
    }: {
      disputeId: string
      evidence: Record<string, string | EvidenceFile>
      submit: boolean
    }) => api<DisputeDocument>(`/admin/stripe-connect/disputes/${disputeId}/evidence`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: disputeKeys.all }),
  })
}
