import type { MedusaRequest } from "@medusajs/framework/http"
import type { LedgerBalances } from "../../../../../modules/stripe-connect/queries/ledger-daily-rows"
import { visibleAccounts } from "../../balance-transactions/helpers"
import { PLATFORM_ACCOUNT } from "../../balance-transactions/validators"

/**
 * The balances the caller may read, narrowed to `requested` (`platform` meaning the platform's): every balance for
 * a caller not limited to merchants that asks for none; a merchant-scoped caller gets its merchants' accounts only,
 * never the platform's. null when nothing is left to show.
 */
export async function scopedBalances(
  req: MedusaRequest,
  requested: string | string[] | undefined
): Promise<LedgerBalances | null> {
  const visible = await visibleAccounts(req)
  const asked = requested === undefined ? undefined : ([] as string[]).concat(requested)
  const platform = visible.platform && (asked ? asked.includes(PLATFORM_ACCOUNT) : true)
  let accounts = asked ? asked.filter((id) => id !== PLATFORM_ACCOUNT) : visible.accounts
  if (asked && visible.accounts !== null) {
    const allowed = new Set(visible.accounts)
    accounts = (accounts ?? []).filter((id) => allowed.has(id))
  }
  if (accounts !== null && !accounts.length && !platform) {
    return null
  }
  return { accounts, platform }
}
