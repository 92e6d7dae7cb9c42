import { MedusaError } from "@medusajs/framework/utils"
import { minorUnitStep } from "../../../shared/currency-units"
import { percentOf, roundToStep } from "../../../modules/stripe-connect/fees"
import {
  PREPARED_SESSION_KEY,
  type PreparedCheckoutSession,
  type PreparedSeparateChargesSession,
  type PreparedSession,
} from "../types"

const isSeller = (value: unknown): boolean => {
  const seller = value as { account_id?: unknown; merchant_id?: unknown; product_ids?: unknown } | null
  return (
    typeof seller?.account_id === "string" &&
    typeof seller.merchant_id === "string" &&
    Array.isArray(seller.product_ids)
  )
}

/**
 * Reads the server-prepared merchant and fee (or, for a multi-seller cart, the sellers) from a payment session's
 * data. A session without them was not created through the store route the plugin guards (or was forged), so the
 * provider refuses it rather than charge without a merchant or trust a client-sent fee.
 */
export function readPreparedSession(data: Record<string, unknown> | undefined): PreparedSession {
  const separate = data?.[PREPARED_SESSION_KEY] as Partial<PreparedSeparateChargesSession> | undefined
  if (separate?.mode === "separate_charges") {
    const valid =
      typeof separate.currency === "string" &&
      Number.isSafeInteger(separate.amount) &&
      typeof separate.transfer_group === "string" &&
      typeof separate.cart_id === "string" &&
      Array.isArray(separate.sellers) &&
      separate.sellers.length > 1 &&
      separate.sellers.every(isSeller)
    if (!valid) {
      throw notPrepared()
    }
    return separate as PreparedSeparateChargesSession
  }
  const prepared = data?.[PREPARED_SESSION_KEY] as Partial<PreparedCheckoutSession> | undefined
  const valid =
    prepared &&
    (prepared.mode === undefined || prepared.mode === "destination") &&
    typeof prepared.account_id === "string" &&
    typeof prepared.merchant_id === "string" &&
    typeof prepared.currency === "string" &&
    Number.isSafeInteger(prepared.application_fee_amount) &&
    Number.isSafeInteger(prepared.fee_basis_amount) &&
    typeof prepared.transfer_group === "string"
  if (!valid) {
    throw notPrepared()
  }
  return prepared as PreparedCheckoutSession
}

function notPrepared(): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    "stripe-connect: the payment session has no merchant and fee prepared by the server; create it with POST /store/payment-collections/:id/payment-sessions"
  )
}

/**
 * The fee for an amount (minor units): the prepared fee when the amount is the one it was computed for, else the
 * same rate applied to the new amount (an explicit fee shrinks in proportion), never more than the amount.
 */
export function feeForAmount(prepared: PreparedCheckoutSession, amount: number, currency: string): number {
  if (amount === prepared.fee_basis_amount) {
    return Math.min(prepared.application_fee_amount, amount)
  }
  if (prepared.fee_percent === null || prepared.fee_fixed === null) {
    if (prepared.fee_basis_amount === 0) {
      return 0
    }
    // fee x amount / basis, half up, in integer arithmetic.
    const basis = BigInt(prepared.fee_basis_amount)
    const scaled = Number((2n * BigInt(prepared.application_fee_amount) * BigInt(amount) + basis) / (2n * basis))
    return Math.min(Math.max(scaled, 0), amount)
  }
  const fee = roundToStep(percentOf(amount, prepared.fee_percent) + prepared.fee_fixed, minorUnitStep(currency))
  return Math.min(Math.max(fee, 0), amount)
}
