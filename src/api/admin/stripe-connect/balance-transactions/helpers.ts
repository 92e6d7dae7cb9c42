import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import type { BalanceTransactionRow } from "../../../../modules/stripe-connect/types"
import { getAccessScope } from "../../../utils/access-scope"
import { PLATFORM_ACCOUNT, type AdminGetStripeBalanceTransactionsParamsType } from "./validators"

export type AccountFilter = { stripe_account_id?: string[] | null } | { $or: Record<string, unknown>[] }

/**
 * The balances the caller may read: every one (null) for a role not limited to some merchants; otherwise the
 * connected accounts of its merchants, never the platform's.
 */
export async function visibleAccounts(req: MedusaRequest): Promise<{ accounts: string[] | null; platform: boolean }> {
  const { merchantIds } = getAccessScope(req)
  if (merchantIds === null) {
    return { accounts: null, platform: true }
  }
  if (!merchantIds.length) {
    return { accounts: [], platform: false }
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const owned = await service.listConnectedAccounts({ merchant_id: merchantIds }, { select: ["stripe_account_id"] })
  return { accounts: owned.map((account) => account.stripe_account_id), platform: false }
}

/**
 * The filter on `stripe_account_id`: the requested balances (`platform` meaning the platform's, stored as null)
 * narrowed to what the caller may read. null when nothing is left to show.
 */
export function accountFilter(
  requested: string[] | undefined,
  visible: { accounts: string[] | null; platform: boolean }
): AccountFilter | null {
  const wantsPlatform = requested ? requested.includes(PLATFORM_ACCOUNT) : visible.platform
  const platform = wantsPlatform && visible.platform
  let accounts: string[] | null = requested ? requested.filter((id) => id !== PLATFORM_ACCOUNT) : visible.accounts
  if (requested && visible.accounts !== null) {
    const allowed = new Set(visible.accounts)
    accounts = (accounts ?? []).filter((id) => allowed.has(id))
  }
  if (accounts === null) {
    return {}
  }
  if (!platform) {
    return accounts.length ? { stripe_account_id: accounts } : null
  }
  return accounts.length
    ? { $or: [{ stripe_account_id: null }, { stripe_account_id: accounts }] }
    : { stripe_account_id: null }
}

/**
 * Ledger lines newest first (docs/api.md#list-balance-transactions), narrowed to the balances the caller may
 * read: a caller limited to some merchants sees its merchants' connected accounts' lines only, and another
 * merchant's account filtered for gives an empty list.
 */
export async function listScopedBalanceTransactions(
  req: MedusaRequest,
  query: AdminGetStripeBalanceTransactionsParamsType,
  pagination: { skip: number; take: number }
): Promise<{ lines: BalanceTransactionRow[]; count: number }> {
  const list = <T>(value: T | T[] | undefined) => (value === undefined ? undefined : ([] as T[]).concat(value))
  const accounts = accountFilter(list(query.account_id), await visibleAccounts(req))
  if (!accounts) {
    return { lines: [], count: 0 }
  }
  const created = {
    ...(query.created?.gte ? { $gte: new Date(query.created.gte) } : {}),
    ...(query.created?.lte ? { $lte: new Date(query.created.lte) } : {}),
  }
  const filters = {
    ...accounts,
    ...(query.payout_id ? { payout_id: query.payout_id } : {}),
    ...(query.type ? { type: list(query.type) } : {}),
    ...(query.currency ? { currency: query.currency } : {}),
    ...(Object.keys(created).length ? { created } : {}),
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [lines, count] = await service.listAndCountStripeConnectBalanceTransactions(filters, {
    skip: pagination.skip,
    take: pagination.take,
    order: { created: "DESC", balance_transaction_id: "DESC" },
  })
  return { lines, count }
}
