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

type LineWhere = { payout_id?: string; from?: string; to?: string; account_id?: string | string[] }

/** The lines' order everywhere they are listed: newest first, then by Stripe id (unique, so the order is total). */
const LINE_ORDER = { created: "DESC", balance_transaction_id: "DESC" } as const

/** The filters of the lines of a payout (or of a period) the caller may read; null when it may read none. */
async function scopedLineFilters(req: MedusaRequest, where: LineWhere): Promise<Record<string, unknown> | null> {
  const accounts = await scopedAccountFilter(req, where.account_id)
  if (!accounts) {
    return null
  }
  const created = {
    ...(where.from ? { $gte: new Date(where.from) } : {}),
    ...(where.to ? { $lte: new Date(where.to) } : {}),
  }
  return {
    ...accounts,
    ...(where.payout_id ? { payout_id: where.payout_id } : {}),
    ...(Object.keys(created).length ? { created } : {}),
  }
}

/** Lines of a payout (or of a period) the caller may read, newest first, one page. */
export async function listScopedLines(
  req: MedusaRequest,
  where: LineWhere,
  page: { skip: number; take: number }
): Promise<{ lines: BalanceTransactionRow[]; count: number }> {
  const filters = await scopedLineFilters(req, where)
  if (!filters) {
    return { lines: [], count: 0 }
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [lines, count] = await service.listAndCountStripeConnectBalanceTransactions(filters, {
    skip: page.skip,
    take: page.take,
    order: LINE_ORDER,
  })
  return { lines, count }
}

/** Where a page of lines ended, in the lines' order: the next page starts after it. */
export type LineCursor = { created: Date; balance_transaction_id: string }

/** The filter of the lines that come after `cursor` in the lines' order (older, or as old with a smaller id). */
export function linesAfter(cursor: LineCursor): Record<string, unknown> {
  return {
    $or: [
      { created: { $lt: cursor.created } },
      { created: cursor.created, balance_transaction_id: { $lt: cursor.balance_transaction_id } },
    ],
  }
}

/**
 * The lines `listScopedLines` pages through, in the same order, a page at a time by keyset (each page starts
 * after the last line of the one before, never by offset), so a long export reads each line once and holds one
 * page. A page is read only when the caller asks for the next, as plain rows (`listBalanceTransactionRows`).
 */
export async function* scopedLinePages(
  req: MedusaRequest,
  where: LineWhere,
  pageSize: number
): AsyncGenerator<BalanceTransactionRow[]> {
  const filters = await scopedLineFilters(req, where)
  if (!filters) {
    return
  }
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  let after: LineCursor | null = null
  for (;;) {
    const lines = await service.listBalanceTransactionRows(after ? { $and: [filters, linesAfter(after)] } : filters, {
      take: pageSize,
      order: LINE_ORDER,
    })
    if (lines.length) {
      yield lines
    }
    if (lines.length < pageSize) {
      return
    }
    const last = lines[lines.length - 1]
    after = { created: new Date(last.created), balance_transaction_id: last.balance_transaction_id }
  }
}
