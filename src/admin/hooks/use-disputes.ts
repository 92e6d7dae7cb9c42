import { api, type QueryParams } from "../lib/api"
import { disputeKeys } from "../lib/query-keys"
import type { DisputeDocument } from "../lib/types"
import { useApiMutation, useListQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/disputes"

export const useDisputes = (query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<DisputeDocument>(disputeKeys.list(query), BASE, query, options)

export type EvidenceFile = { filename: string; content_type: string; data_base64: string }

export const useSubmitDisputeEvidence = () =>
  useApiMutation(
    ({ disputeId, ...body }: { disputeId: string; evidence: Record<string, string | EvidenceFile>; submit: boolean }) =>
      api<DisputeDocument>(`${BASE}/${disputeId}/evidence`, { method: "POST", body }),
    [disputeKeys.all]
  )
