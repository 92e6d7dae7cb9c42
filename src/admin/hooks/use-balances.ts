import { balanceKeys } from "../lib/query-keys"
import type { BalanceDocument } from "../lib/types"
import { useApiQuery, type ReadOptions } from "./api-query"

/** The platform's Stripe balance, or a connected account's when `accountId` is given (read live from Stripe). */
export const useBalance = (accountId: string | null, options: ReadOptions = {}) =>
  useApiQuery<BalanceDocument>(
    balanceKeys.detail(accountId ?? "platform"),
    accountId ? `/admin/stripe-connect/accounts/${accountId}/balance` : "/admin/stripe-connect/balance",
    options
  )
