import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { paymentWriteGuard } from "../../../modules/stripe-connect/payments"
import { RECORD_TABLES, updateIfGuardHolds } from "../../../modules/stripe-connect/records"
import type { PaymentMirror } from "./payment-mirror"

/**
 * Writes Stripe's view of a payment intent onto the stored payment in one statement that checks the stored row is
 * not further on (see `paymentWriteGuard`). Payment handlers lock the intent or the charge, and staff captures and
 * refunds neither, so a copy read before another writer's newer one must not land after it. Answers whether it
 * was written.
 */
export function writePaymentMirror(container: MedusaContainer, paymentId: string, mirror: PaymentMirror) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  return updateIfGuardHolds(knex, RECORD_TABLES.payment, paymentId, paymentWriteGuard(mirror), mirror)
}
