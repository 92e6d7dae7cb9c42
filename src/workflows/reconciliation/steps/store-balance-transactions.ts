import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { toLedgerLine } from "../../../modules/stripe-connect/ledger/ledger-line"
import { balanceTransactionPages } from "../utils/balance-transaction-pages"
import type { LedgerPosition } from "../utils/ledger-scope"

export type StoreBalanceTransactionsStepInput = {
  account_id: string | null
  since: LedgerPosition | null
}

export type StoreBalanceTransactionsStepOutput = {
  /** Lines Stripe listed from the cursor's second on. */
  listed: number
  /** Lines not stored before. */
  stored: number
  /** The newest line listed: the cursor's next position. */
  newest: LedgerPosition | null
  /** Payouts whose own line was listed: the lines they settled are attributed next. */
  payout_ids: string[]
}

export const storeBalanceTransactionsStepId = "store-stripe-connect-balance-transactions"

/**
 * This step lists a balance's transactions from the cursor's second on (`created[gte]`; the cursor's own line
 * comes again and is skipped), page by page, and stores each page before reading the next. No compensation: the
 * lines are Stripe's facts, stored once, and a later catch-up would store them again anyway.
 */
export const storeBalanceTransactionsStep = createStep(
  storeBalanceTransactionsStepId,
  async (input: StoreBalanceTransactionsStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const gateway = await service.getStripeGateway()
    const output: StoreBalanceTransactionsStepOutput = { listed: 0, stored: 0, newest: null, payout_ids: [] }
    const pages = balanceTransactionPages(gateway, {
      stripeAccount: input.account_id,
      createdGte: input.since?.created,
      expandSource: true,
    })
    for await (const page of pages) {
      output.newest ??= { created: page[0].created, balance_transaction_id: page[0].id }
      const lines = page.map((txn) => toLedgerLine(txn, input.account_id))
      output.stored += await service.storeBalanceTransactions(lines)
      output.listed += lines.length
      for (const line of lines) {
        if (line.type === "payout" && line.source_id) {
          output.payout_ids.push(line.source_id)
        }
      }
    }
    return new StepResponse(output)
  }
)
