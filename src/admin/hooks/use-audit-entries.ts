import { useQuery } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import { queryKeysFactory } from "../lib/query-keys"
import type { AuditEntryDocument } from "../../shared/types/audit"
import type { ListResponse } from "../lib/types"

export const auditEntryKeys = queryKeysFactory("audit-entries")

/** The audit trail's entries matching `query` (`resource_type`, `resource_id`, `account_id`, ...), newest first. */
export const useAuditEntries = (query: QueryParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: auditEntryKeys.list(query),
    queryFn: () => api<ListResponse<AuditEntryDocument>>("/admin/stripe-connect/audit-entries", { query }),
    enabled: options.enabled ?? true,
  })
