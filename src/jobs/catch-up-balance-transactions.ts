import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../modules/stripe-connect"
import type StripeConnectModuleService from "../modules/stripe-connect/service"
import { catchUpAllLedgers, withLedgerCatchUpLock } from "../workflows/reconciliation/utils/catch-up-ledgers"
import { errorMessageOf } from "../modules/stripe-connect/errors/error-text"

/**
 * Every 10 minutes: copies the new Stripe balance transactions of the platform and of every connected account into
 * the ledger (docs/api.md#reconciliation). One instance runs a tick; the others skip it. Off with the option
 * `reconciliation.scheduledCatchUp: false`.
 */
export default async function catchUpBalanceTransactions(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    if (!(await service.getOptions()).reconciliation.scheduledCatchUp) {
      return
    }
    const report = await withLedgerCatchUpLock(container, () => catchUpAllLedgers(container))
    if (report && (report.stored || report.failed.length)) {
      logger.info(
        `stripe-connect: ledger caught up ${report.balances} balances: ${report.stored} new lines, ${report.attributed} attributed to payouts, ${report.failed.length} balances failed`
      )
    }
    for (const failure of report?.failed ?? []) {
      logger.warn(
        `stripe-connect: ledger catch-up of ${failure.account_id ?? "the platform"} failed: ${failure.message}`
      )
    }
  } catch (error) {
    logger.warn(`stripe-connect: ledger catch-up failed: ${errorMessageOf(error)}`)
  }
}

export const config = {
  name: "stripe-connect-catch-up-balance-transactions",
  schedule: "*/10 * * * *",
}
