import type { MedusaRequest } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import type { BalanceTransactionRow, ReconciliationMismatchRow } from "../../../../modules/stripe-connect/types"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { accountFilter, visibleAccounts, type AccountFilter } from "../balance-transactions/helpers"

const list = <T>(value: T | T[] | undefined) => (value === undefined ? undefined : ([] as T[]).concat(value))

/**
 * The `stripe_account_id` filter of the balances the caller may read, narrowed to `requested` accounts (docs:
 * a caller limited to some merchants sees only its merchants' connected accounts, never the platform's). null when
 * nothing is left to show.
 */
export async function scopedAccountFilter(
  req: MedusaRequest,
  requested: string | string[] | undefined
): Promise<AccountFilter | null> {
  return accountFilter(list(requested), await visibleAccounts(req))
}

/** The connected accounts the caller may read; null for every balance (the platform's too). */
export async function scopedAccounts(req: MedusaRequest, requested: string | string[] | undefined) {
  const visible = await visibleAccounts(req)
  const asked = list(requested)
  if (visible.accounts === null) {
    return asked ?? null
  }
  const allowed = new Set(visible.accounts)
  return asked ? asked.filter((id) => allowed.has(id)) : visible.accounts
}

/** A mismatch the caller may see, else 404 (another merchant's looks like none). */
export async function retrieveScopedMismatch(req: MedusaRequest, id: string): Promise<ReconciliationMismatchRow> {
  const filter = await scopedAccountFilter(req, undefined)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [mismatch] = filter
    ? await service.listStripeConnectReconciliationMismatches({ ...filter, id }, { take: 1 })
    : []
  if (!mismatch) {
    throw new StripeConnectError("not_found", `Mismatch ${id} was not found`)
  }
  return mismatch
}

/** Lines of a payout (or of a period) the caller may read, newest first, one page. */
export async function listScopedLines(
  req: MedusaRequest,
  where: { payout_id?: string; from?: string; to?: string; account_id?: string | string[] },
  page: { skip: number; take: number }
): Promise<{ lines: BalanceTransactionRow[]; count: number }> {
  const accounts = await scopedAccountFilter(req, where.account_id)
  if (!accounts) {
    return { lines: [], count: 0 }
  }
  const created = {
    ...(where.from ? { $gte: new Date(where.from) } : {}),
    ...(where.to ? { $lte: new Date(where.to) } : {}),
  }
  const filters = {
    ...accounts,
    ...(where.payout_id ? { payout_id: where.payout_id } : {}),
    ...(Object.keys(created).length ? { created } : {}),
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [lines, count] = await service.listAndCountStripeConnectBalanceTransactions(filters, {
    skip: page.skip,
    take: page.take,
    order: { created: "DESC", balance_transaction_id: "DESC" },
  })
  return { lines, count }
}
