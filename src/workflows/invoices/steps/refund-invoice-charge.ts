import type Stripe from "stripe"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { toStripeRefundReason } from "../../payments/utils/stripe-refund-reason"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"

export type RefundInvoiceChargeStepInput = {
  stripe_account_id: string
  stripe_invoice_id: string
  charge_id: string
  /** Left out: everything left to refund. */
  amount?: number
  reason?: string | null
  request_id: string
}

export type RefundInvoiceChargeStepOutput = { refund: Stripe.Refund; charge: Stripe.Charge }

export const refundInvoiceChargeStepId = "refund-stripe-invoice-charge"

/**
 * This step refunds the charge that paid an invoice, on the connected account, at most what is left. Under a lock
 * on the charge it reads the charge from Stripe, refuses an amount above what is left (400 naming `amount` and
 * how much is left), refunds with the key `stripe-connect:invoice-refund:<charge>:<request id>` and reads the
 * charge again, so concurrent requests cannot refund more than was paid and a retried request refunds once.
 * Money returned to a customer cannot be taken back: no compensation.
 */
export const refundInvoiceChargeStep = createStep(
  refundInvoiceChargeStepId,
  async (input: RefundInvoiceChargeStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const stripeAccount = input.stripe_account_id

    const locked = await runLocked(
      locking,
      `stripe-connect:charge:${input.charge_id}`,
      async () => {
        const before = await gateway.charges.retrieve(input.charge_id, {}, stripeAccount)
        const left = before.amount_captured - before.amount_refunded
        if (left <= 0) {
          throw new StripeConnectError(
            "invalid_request",
            `Invoice ${input.stripe_invoice_id} is already fully refunded`,
            { param: "amount" }
          )
        }
        const amount = input.amount ?? left
        if (amount > left) {
          throw new StripeConnectError(
            "invalid_request",
            `amount: ${amount} is more than the ${left} left to refund on invoice ${input.stripe_invoice_id} (paid ${before.amount_captured}, refunded ${before.amount_refunded})`,
            { param: "amount" }
          )
        }
        const stripeReason = toStripeRefundReason(input.reason)
        const refund = await gateway.charges.refund(
          {
            charge: input.charge_id,
            amount,
            ...(stripeReason ? { reason: stripeReason } : {}),
            metadata: {
              invoice: input.stripe_invoice_id,
              request_id: input.request_id,
              ...(input.reason ? { reason: input.reason.slice(0, 500) } : {}),
            },
          },
          stripeIdempotencyKeys.refundInvoice(input.charge_id, input.request_id),
          stripeAccount
        )
        const charge = await gateway.charges.retrieve(input.charge_id, {}, stripeAccount)
        return new StepResponse<RefundInvoiceChargeStepOutput>({ refund, charge })
      },
      { timeout: 30 }
    )
    return new StepResponse(locked.output, locked.compensateInput)
  }
)
