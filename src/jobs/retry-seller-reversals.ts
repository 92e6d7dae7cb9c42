import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../modules/stripe-connect"
import { errorMessageOf } from "../modules/stripe-connect/errors/error-text"
import type StripeConnectModuleService from "../modules/stripe-connect/service"
import { restoreSellerDisputeSharesWorkflow } from "../workflows/disputes/workflows/restore-seller-dispute-shares"
import { reverseSellerSharesWorkflow } from "../workflows/seller-transfers/workflows/reverse-seller-shares"
import { transferSellerSharesWorkflow } from "../workflows/seller-transfers/workflows/transfer-seller-shares"

const BATCH = 100

/**
 * Every 15 minutes, one payment intent at a time under its split lock (docs/api.md#seller-transfers-and-reversals):
 * makes the seller transfers still owed (rows `pending` or refused as `transfer_failed`, and splits still `planned`
 * whose charge succeeded: an automatic capture whose order's creation could not pay the sellers), then tries again
 * the reversals owed (the sellers' debts: refused reversals, and refunds that came before the transfer was made),
 * then the transfers back of won disputes that failed (`restore_status`; docs/api.md#seller-disputes).
 * Every write uses the idempotency key of the first attempt (a new attempt number only after a Stripe refusal), so
 * a transfer whose answer was lost is not made twice. A failure is logged and left for the next run.
 */
export default async function retrySellerReversals(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  for (const paymentIntentId of await service.listSellerSplitsOwed(BATCH)) {
    try {
      await transferSellerSharesWorkflow(container).run({ input: { payment_intent_id: paymentIntentId } })
      await reverseSellerSharesWorkflow(container).run({
        input: { kind: "retry", payment_intent_id: paymentIntentId },
      })
      const restoring = await service.listStripeConnectSellerTransfers(
        { payment_intent_id: paymentIntentId, restore_status: ["pending", "failed"] },
        { select: ["dispute_id"] }
      )
      for (const disputeId of new Set(restoring.map((row) => row.dispute_id))) {
        if (disputeId) {
          await restoreSellerDisputeSharesWorkflow(container).run({
            input: { dispute_id: disputeId, payment_intent_id: paymentIntentId },
          })
        }
      }
    } catch (error) {
      logger.warn(
        `stripe-connect: retrying seller transfers and reversals of ${paymentIntentId} failed: ${errorMessageOf(error)}`
      )
    }
  }
}

export const config = {
  name: "stripe-connect-retry-seller-reversals",
  schedule: "*/15 * * * *",
}
