import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { MoneyIntentRow, SellerTransferRow } from "../../../modules/stripe-connect/types"
import { StripeConnectError, isStripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { openMoneyIntent } from "../../money-intents/utils/money-intent"
import { errorMessage, isStripeRefusal } from "./stripe-refusal"
import { refundSellerCharge, sellerRefundKey, type SellerChargeRefund } from "./refund-seller-charge"
import {
  attemptReversals,
  lockedSplit,
  recordRefund,
  reread,
  withdrawRefund,
  type RefundShare,
  type ReversalOutcome,
} from "./reverse-seller-shares"

export type RefundSellerInput = SellerChargeRefund

/** What a seller refund's money intent keeps (docs/api.md#crash-safe-money): the request and the shares it recorded. */
export type SellerRefundIntentContext = {
  seller_refund: SellerChargeRefund & { seller_transfer_id: string; shares: RefundShare[] }
}

/** Whether a pending money intent is a seller's refund (kind `refund`, made through `refundSeller`). */
export function isSellerRefundIntent(intent: MoneyIntentRow): boolean {
  return typeof (intent.context as Partial<SellerRefundIntentContext> | null)?.seller_refund === "object"
}

const MEDUSA_REFUSALS: string[] = [MedusaError.Types.INVALID_DATA, MedusaError.Types.NOT_ALLOWED]

/**
 * Whether nothing was refunded: Stripe refused (a 4xx), or Medusa refused before its provider ran (more than its
 * payment has captured). A Stripe error whose outcome is unknown (5xx, timeout) or any other failure is not.
 */
function isRefusal(error: unknown): boolean {
  if (isStripeConnectError(error)) {
    return isStripeRefusal(error)
  }
  const type = (error as { type?: unknown } | null)?.type
  return typeof type === "string" && MEDUSA_REFUSALS.includes(type)
}

/**
 * Refunds one seller's amount of a multi-seller charge (docs/api.md#refund-order-seller): the refund is attributed
 * to the seller and its intent written (kind `refund`, key `sellerRefundKey`) before anything moves, then it is made
 * at Stripe once (through Medusa's refund of the order's payment when Medusa holds the charge, so the order shows
 * it), then that seller's transfer is reversed by its share. A retry of the same request (same key) finds the
 * intent: a pending one is completed with the same Stripe key (its shares are on the rows already), a completed
 * one only retries owed reversals. A refusal puts the rows back; an unknown outcome leaves the intent pending.
 */
export async function refundSeller(container: MedusaContainer, input: RefundSellerInput): Promise<ReversalOutcome> {
  return lockedSplit(container, input.payment_intent_id, async (service, rows) => {
    const row = rows.find((candidate) => candidate.stripe_account_id === input.account_id)
    if (!row) {
      throw new StripeConnectError("not_found", `Seller ${input.account_id} has no part in this order's charge`, {
        param: "account_id",
      })
    }
    const key = sellerRefundKey(input)
    const [earlier] = await service.listStripeConnectMoneyIntents({ stripe_idempotency_key: key }, { take: 1 })
    if (earlier?.status !== "completed") {
      const intent = earlier ?? (await openSellerRefund(service, rows, row, input, key))
      await completeSellerRefund(container, service, intent, row)
    }
    return attemptReversals(service, await reread(service, rows))
  })
}

/** Checks the amount, records the seller's shares of the refund on the rows, and writes the refund's intent. */
async function openSellerRefund(
  service: StripeConnectModuleService,
  rows: SellerTransferRow[],
  row: SellerTransferRow,
  input: RefundSellerInput,
  key: string
): Promise<MoneyIntentRow> {
  if (input.amount > row.charged_amount - row.refunded_amount) {
    throw new StripeConnectError(
      "invalid_request",
      `amount: ${input.amount} is more than the ${row.charged_amount - row.refunded_amount} left to refund of seller ${input.account_id}`,
      { param: "amount" }
    )
  }
  const shares = await recordRefund(service, rows, { amount: input.amount, account_id: input.account_id })
  const context: SellerRefundIntentContext = { seller_refund: { ...input, seller_transfer_id: row.id, shares } }
  try {
    return await openMoneyIntent(service, {
      kind: "refund",
      stripe_idempotency_key: key,
      target_id: input.payment_intent_id,
      amount: input.amount,
      currency: row.currency,
      params: { payment_intent: input.payment_intent_id, amount: input.amount },
      context,
    })
  } catch (error) {
    await withdrawRefund(service, shares)
    throw error
  }
}

/**
 * Makes the refund of a seller refund's intent and marks the intent completed. A refusal withdraws the shares the
 * intent recorded and deletes it; any other failure keeps it pending (the seller's row shows the refund) for the
 * client's retry with the same key, or recovery, to complete with the same Stripe key.
 */
async function completeSellerRefund(
  container: MedusaContainer,
  service: StripeConnectModuleService,
  intent: MoneyIntentRow,
  row: SellerTransferRow
): Promise<void> {
  const { seller_refund: refund } = intent.context as SellerRefundIntentContext
  try {
    await refundSellerCharge(container, service, row, refund)
  } catch (error) {
    if (isRefusal(error)) {
      await withdrawRefund(service, refund.shares)
      await service.deleteStripeConnectMoneyIntents(intent.id)
    } else {
      await service
        .updateStripeConnectMoneyIntents({
          id: intent.id,
          attempts: intent.attempts + 1,
          last_error: errorMessage(error).slice(0, 1000),
        })
        .catch(() => undefined)
    }
    throw error
  }
  await service.updateStripeConnectMoneyIntents({ id: intent.id, status: "completed", last_error: null })
}

/**
 * Completes a seller refund whose outcome was never learned (the recovery job): under the split's lock, the refund
 * is asked for again with the intent's key (Stripe answers the first refund, or makes it now; Medusa records it
 * once), then owed reversals are tried.
 */
export async function recoverSellerRefundIntent(
  container: MedusaContainer,
  intent: MoneyIntentRow
): Promise<"completed" | "refused"> {
  const { seller_refund: refund } = intent.context as SellerRefundIntentContext
  return lockedSplit(container, refund.payment_intent_id, async (service, rows) => {
    const [current] = await service.listStripeConnectMoneyIntents({ id: intent.id }, { take: 1 })
    const row = rows.find((candidate) => candidate.id === refund.seller_transfer_id)
    if (current?.status === "pending") {
      if (!row) {
        throw new StripeConnectError(
          "not_found",
          `Seller row ${refund.seller_transfer_id} of ${intent.id} was not found`
        )
      }
      try {
        await completeSellerRefund(container, service, current, row)
      } catch (error) {
        if (isRefusal(error)) {
          return "refused"
        }
        throw error
      }
    }
    await attemptReversals(service, await reread(service, rows))
    return "completed"
  })
}
