/**
 * A refund the plugin names in a Medusa payment's `data` just before it asks Medusa to refund that payment
 * (docs/api.md#refund-order-seller). Medusa gives the provider a new idempotency key on every attempt (the id of
 * the refund row it writes, deleted again when the provider fails), so a client's retry after a lost answer would
 * refund twice; the planned refund's key is the plugin's, the same on that retry, and the provider uses it.
 */
export type PlannedRefund = {
  /** The Stripe idempotency key: `stripe-connect:seller-refund:<payment intent>:...`. */
  idempotency_key: string
  /** Minor units: the provider uses the key only for a refund of exactly this amount. */
  amount: number
  metadata: Record<string, string>
}

export const PLANNED_REFUND_KEY = "stripe_connect_planned_refund"
/** The planned refunds' keys Medusa recorded a refund for (the provider adds one with each refund it made). */
export const REFUNDED_KEYS_KEY = "stripe_connect_refunded_keys"

type PaymentData = Record<string, unknown>

const sellerRefundPrefix = (paymentIntentId: string) => `stripe-connect:seller-refund:${paymentIntentId}:`

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null) {
    return {}
  }
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string")
  )
}

/**
 * The planned refund in `data` when it is this refund: the same amount, and a seller-refund key of this payment
 * intent (any other entry is ignored, and Medusa's own key is used).
 */
export function readPlannedRefund(
  data: PaymentData | undefined,
  paymentIntentId: string,
  amount: number
): PlannedRefund | null {
  const planned = data?.[PLANNED_REFUND_KEY] as Partial<PlannedRefund> | undefined
  if (
    typeof planned?.idempotency_key !== "string" ||
    !planned.idempotency_key.startsWith(sellerRefundPrefix(paymentIntentId)) ||
    planned.amount !== amount
  ) {
    return null
  }
  return { idempotency_key: planned.idempotency_key, amount, metadata: stringRecord(planned.metadata) }
}

/** The keys of the planned refunds Medusa recorded a refund for on this payment. */
export function refundedKeysOf(data: PaymentData | null | undefined): string[] {
  const keys = data?.[REFUNDED_KEYS_KEY]
  return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === "string") : []
}

/** `data` with `planned` named in it, for the provider to read. */
export function withPlannedRefund(data: PaymentData | null | undefined, planned: PlannedRefund): PaymentData {
  return { ...(data ?? {}), [PLANNED_REFUND_KEY]: planned }
}

/** `data` without a planned refund. */
export function withoutPlannedRefund(data: PaymentData | null | undefined): PaymentData {
  const rest = { ...(data ?? {}) }
  delete rest[PLANNED_REFUND_KEY]
  return rest
}

/** The payment's data once the provider made `planned`: consumed, and its key among the refunded ones. */
export function afterPlannedRefund(data: PaymentData, planned: PlannedRefund): PaymentData {
  return { ...withoutPlannedRefund(data), [REFUNDED_KEYS_KEY]: [...refundedKeysOf(data), planned.idempotency_key] }
}
