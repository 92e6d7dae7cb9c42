import type Stripe from "stripe"
import type { ILockingModule, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import { allocateCaptured } from "./allocate-captured"
import { sellerSplitLockKey } from "./seller-split-lock"
import { errorMessage, isStripeRefusal } from "./stripe-refusal"

const TO_TRANSFER = new Set(["pending", "transfer_failed"])

/**
 * Pays the sellers of a captured multi-seller charge (docs/api.md#seller-transfers), holding the charge's lock so
 * concurrent capture events make one transfer per seller:
 * 1. planned rows of a succeeded intent get their amounts (`allocateCaptured`) and become `pending`, before any
 *    Stripe write;
 * 2. each `pending` row is transferred with `source_transaction` = the charge, the intent's `transfer_group`,
 *    metadata naming order and seller, and the key `seller-transfer:<intent>:<account>` (a retry after a crash
 *    gets Stripe's first answer), then becomes `transferred`. A transfer Stripe refuses becomes `transfer_failed`
 *    with Stripe's message and the next attempt number, which the retry job puts in its key; one whose outcome is
 *    unknown keeps its status and key, so the retry gets Stripe's first answer.
 * Answers the rows transferred by this call.
 */
export async function transferSellerShares(
  container: MedusaContainer,
  paymentIntentId: string
): Promise<SellerTransferRow[]> {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  return runLocked(
    locking,
    sellerSplitLockKey(paymentIntentId),
    async () => {
      let rows = await service.listStripeConnectSellerTransfers({ payment_intent_id: paymentIntentId })
      if (!rows.length) {
        return []
      }
      const gateway = await service.getStripeGateway()
      if (rows.some((row) => row.status === "planned")) {
        const intent = await gateway.payments.retrieve(paymentIntentId, {
          expand: ["latest_charge.balance_transaction"],
        })
        const charge = intent.latest_charge as Stripe.Charge | null
        if (intent.status !== "succeeded" || !charge) {
          return []
        }
        const options = await service.getOptions()
        const balance = charge.balance_transaction as Stripe.BalanceTransaction | null
        const allocation = await allocateCaptured(service, {
          rows,
          currency: intent.currency,
          captured_amount: intent.amount_received,
          tax_collected_by: options.tax.collectedBy,
          stripe_fee_amount: options.sellers.passStripeFee ? (balance?.fee ?? 0) : null,
        })
        await service.updateStripeConnectSellerTransfers(
          allocation.sellers.map((part) => ({
            id: rows.find((row) => row.stripe_account_id === part.account_id)?.id ?? "",
            status: "pending",
            charge_id: charge.id,
            transfer_group: intent.transfer_group ?? null,
            tax_amount: part.tax_amount,
            charged_amount: part.charged_amount,
            tax_kept_amount: part.tax_kept_amount,
            fee_amount: part.fee_amount,
            fee_basis: allocation.fee_bases[part.account_id] ?? null,
            stripe_fee_amount: part.stripe_fee_amount,
            transfer_amount: part.transfer_amount,
          }))
        )
        rows = await service.listStripeConnectSellerTransfers({ payment_intent_id: paymentIntentId })
      }

      const transferred: SellerTransferRow[] = []
      for (const row of rows.filter((candidate) => TO_TRANSFER.has(candidate.status))) {
        if (row.transfer_amount === 0) {
          await service.updateStripeConnectSellerTransfers({ id: row.id, status: "transferred" })
          continue
        }
        try {
          const transfer = await gateway.transfers.create(
            {
              destination: row.stripe_account_id,
              amount: row.transfer_amount,
              currency: row.currency,
              source_transaction: row.charge_id ?? undefined,
              ...(row.transfer_group ? { transfer_group: row.transfer_group } : {}),
              metadata: {
                order_id: row.order_id ?? "",
                payment_intent_id: row.payment_intent_id,
                seller_account_id: row.stripe_account_id,
                merchant_id: row.merchant_id,
                seller_transfer_id: row.id,
              },
            },
            stripeIdempotencyKeys.sellerTransfer(row.payment_intent_id, row.stripe_account_id, row.transfer_attempts)
          )
          transferred.push(
            await service.updateStripeConnectSellerTransfers({
              id: row.id,
              status: "transferred",
              transfer_id: transfer.id,
              failure_message: null,
            })
          )
        } catch (error) {
          await service.updateStripeConnectSellerTransfers(
            isStripeRefusal(error)
              ? {
                  id: row.id,
                  status: "transfer_failed",
                  transfer_attempts: row.transfer_attempts + 1,
                  failure_message: errorMessage(error),
                }
              : { id: row.id, failure_message: errorMessage(error) }
          )
        }
      }
      return transferred
    },
    { subject: `the seller split of ${paymentIntentId}`, timeout: 30 }
  )
}
