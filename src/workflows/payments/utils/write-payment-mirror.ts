import type { MedusaContainer } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { paymentSucceedingGuard, paymentWriteGuard } from "../../../modules/stripe-connect/payments"
import type { PaymentMirror } from "./payment-mirror"

export type PaymentMirrorWrite = {
  written: boolean
  /** This write moved the stored payment to succeeded: its writer tells the host (`stripe.payment_succeeded`). */
  succeeded_now: boolean
}

/**
 * Writes Stripe's view of a payment intent onto the stored payment in one statement that checks the stored row is
 * not further on (see `paymentWriteGuard`). Payment handlers lock the intent or the charge, and staff captures and
 * refunds neither, so a copy read before another writer's newer one must not land after it. A succeeded copy is
 * first written only onto a payment not yet succeeded (`paymentSucceedingGuard`), so of the writers storing
 * succeeded exactly one learns it moved the payment there, whichever comes first.
 */
export async function writePaymentMirror(
  container: MedusaContainer,
  paymentId: string,
  mirror: PaymentMirror
): Promise<PaymentMirrorWrite> {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  if (
    mirror.status === "succeeded" &&
    (await service.updateRecordIfGuardHolds("payment", paymentId, paymentSucceedingGuard(mirror), mirror))
  ) {
    return { written: true, succeeded_now: true }
  }
  const written = await service.updateRecordIfGuardHolds("payment", paymentId, paymentWriteGuard(mirror), mirror)
  return { written, succeeded_now: false }
}
