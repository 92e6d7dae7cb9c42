import { useQuery } from "@tanstack/react-query"
import { api } from "../lib/api"
import { balanceKeys } from "../lib/query-keys"
import type { BalanceDocument } from "../lib/types"

/** The platform's Stripe balance, or a connected account's when `accountId` is given (read live from Stripe). */
export const useBalance = (accountId: string | null, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: balanceKeys.detail(accountId ?? "platform"),
    queryFn: () =>
      api<BalanceDocument>(
        accountId ? `/admin/stripe-connect/accounts/${accountId}/balance` : "/admin/stripe-connect/balance"
      ),
    enabled: options.enabled ?? true,
  })
