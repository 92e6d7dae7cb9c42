import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, invalidRequest } from "../errors"
import { newId, randomToken } from "../ids"
import { listOf } from "../list"
import { Params } from "../params"
import { Router } from "../router"
import { PLATFORM } from "../store"
import { minimumChargeAmount } from "../money"
import { metadataFrom, mutate, requireCurrency, requirePositiveAmount } from "./common"
import { captureIntent, confirmIntent } from "./money-flow"
import { paymentMethodTypesFrom } from "./payment-method-types"
import { requireChargeCapabilities } from "./capabilities"

const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]

export function requireIntent(em: Emulator, scope: string, id: string): Stripe.PaymentIntent {
  return em.store.require<Stripe.PaymentIntent>(scope, "payment_intent", id, "payment_intent", "intent")
}

export interface IntentInput {
  amount: number
  currency: string
  applicationFeeAmount: number | null
  destination: string | null
  transferAmount: number | null
  onBehalfOf: string | null
  captureMethod: Stripe.PaymentIntent.CaptureMethod
  transferGroup: string | null
  metadata: Stripe.Metadata
  paymentMethodTypes: string[]
  /** `allowed_payment_method_types` as requested (null when not given). */
  allowedPaymentMethodTypes?: string[] | null
  receiptEmail: string | null
  description: string | null
  customer: string | null
  paymentMethod: string | null
}

export function intentInputFrom(em: Emulator, scope: string, params: Params): IntentInput {
  const amount = requirePositiveAmount(params)
  const currency = requireCurrency(params)
  const minimum = minimumChargeAmount(currency)
  if (amount < minimum) {
    throw invalidRequest(`Amount must be at least ${minimum} ${currency} (in the currency's smallest unit).`, "amount", "amount_too_small")
  }
  const fee = params.amount("application_fee_amount") ?? null
  if (fee !== null && fee > amount) throw invalidRequest("The application fee amount cannot be greater than the payment amount.", "application_fee_amount")
  const td = params.obj("transfer_data")
  const destination = td?.str("destination") ?? null
  if (td && !destination) throw invalidRequest("Missing required param: transfer_data[destination].", "transfer_data[destination]", "parameter_missing")
  if (fee !== null && scope === PLATFORM && !destination) {
    throw invalidRequest(
      "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment (using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).",
      "application_fee_amount"
    )
  }
  if (fee !== null && td?.has("amount")) {
    throw invalidRequest("You cannot specify both application_fee_amount and transfer_data[amount].", "application_fee_amount")
  }
  const onBehalfOf = params.str("on_behalf_of") || null
  requireChargeCapabilities(em, scope, { destination, onBehalfOf }, { destination: "transfer_data[destination]", onBehalfOf: "on_behalf_of" })
  const captureMethod = (params.str("capture_method") ?? "automatic") as Stripe.PaymentIntent.CaptureMethod
  const methodTypes = paymentMethodTypesFrom(params, currency)
  return {
    amount,
    currency,
    applicationFeeAmount: fee,
    destination,
    transferAmount: td?.amount("amount") ?? null,
    onBehalfOf,
    captureMethod,
    transferGroup: params.str("transfer_group") || null,
    metadata: metadataFrom(params),
    paymentMethodTypes: methodTypes?.types ?? ["card"],
    allowedPaymentMethodTypes: methodTypes?.allowed ?? null,
    receiptEmail: params.str("receipt_email") || null,
    description: params.str("description") || null,
    customer: params.str("customer") || null,
    paymentMethod: params.str("payment_method") || null,
  }
}

/** Builds and stores a payment intent (status requires_payment_method or requires_confirmation). */
export function createIntent(em: Emulator, scope: string, input: IntentInput): Stripe.PaymentIntent {
  const id = newId("pi")
  const pi: Stripe.PaymentIntent = {
    id,
    object: "payment_intent",
    allowed_payment_method_types: input.allowedPaymentMethodTypes ?? null,
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: input.applicationFeeAmount,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: input.captureMethod,
    client_secret: `${id}_secret_${randomToken(25)}`,
    confirmation_method: "automatic",
    created: em.now(),
    currency: input.currency,
    customer: input.customer,
    customer_account: null,
    description: input.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: input.metadata,
    next_action: null,
    on_behalf_of: input.onBehalfOf,
    payment_method: input.paymentMethod,
    payment_method_configuration_details: null,
    payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" } as Stripe.PaymentIntent.PaymentMethodOptions.Card },
    payment_method_types: input.paymentMethodTypes,
    payment_record: null,
    processing: null,
    receipt_email: input.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: input.paymentMethod ? "requires_confirmation" : "requires_payment_method",
    transfer_data: input.destination ? { destination: input.destination, ...(input.transferAmount !== null ? { amount: input.transferAmount } : {}) } : null,
    transfer_group: input.transferGroup,
  }
  em.store.put(scope, "payment_intent", pi)
  em.events.emit(scope, "payment_intent.created", pi)
  return pi
}

/** Confirms with the given or attached payment method (status checks as Stripe). */
export function confirm(em: Emulator, scope: string, pi: Stripe.PaymentIntent, paymentMethod: string | undefined): Stripe.PaymentIntent {
  if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(pi.status)) {
    throw new ApiError(400, "invalid_request_error", `You cannot confirm this PaymentIntent because it has a status of ${pi.status}.`, "payment_intent_unexpected_state")
  }
  const pm = paymentMethod ?? (typeof pi.payment_method === "string" ? pi.payment_method : pi.payment_method?.id)
  if (!pm) {
    throw new ApiError(400, "invalid_request_error", "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent with a payment method, set `payment_method`.", "payment_intent_unexpected_state", "payment_method")
  }
  return confirmIntent(em, scope, pi, pm)
}

export function cancelIntent(em: Emulator, scope: string, pi: Stripe.PaymentIntent, reason: string | undefined): Stripe.PaymentIntent {
  if (!CANCELABLE.includes(pi.status)) {
    throw new ApiError(400, "invalid_request_error", `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`, "payment_intent_unexpected_state")
  }
  return mutate(em, scope, pi, "payment_intent.canceled", (p) => {
    p.status = "canceled"
    p.canceled_at = em.now()
    p.cancellation_reason = (reason ?? null) as Stripe.PaymentIntent.CancellationReason | null
    p.amount_capturable = 0
  })
}

export function registerPaymentIntents(r: Router): void {
  r.post("/v1/payment_intents", ({ em, scope, params }) => {
    const pi = createIntent(em, scope, intentInputFrom(em, scope, params))
    if (params.bool("confirm")) return confirm(em, scope, pi, undefined)
    return pi
  })
  r.get("/v1/payment_intents", ({ em, scope, params }) => {
    const customer = params.str("customer")
    return listOf(em.store.all<Stripe.PaymentIntent>(scope, "payment_intent"), params, "/v1/payment_intents", (p) => !customer || p.customer === customer)
  })
  r.get("/v1/payment_intents/:intent", ({ em, scope, path }) => requireIntent(em, scope, path.intent))
  r.post("/v1/payment_intents/:intent", ({ em, scope, path, params }) => {
    const pi = requireIntent(em, scope, path.intent)
    const methodTypes = paymentMethodTypesFrom(params, params.currency() ?? pi.currency)
    if (["succeeded", "canceled"].includes(pi.status) && (params.has("amount") || params.has("currency") || params.has("application_fee_amount"))) {
      throw new ApiError(400, "invalid_request_error", `You cannot update this PaymentIntent's amount because it has a status of ${pi.status}.`, "payment_intent_unexpected_state")
    }
    return mutate(em, scope, pi, null, (p) => {
      if (params.has("amount")) p.amount = requirePositiveAmount(params)
      if (params.has("currency")) p.currency = requireCurrency(params)
      if (params.has("application_fee_amount")) p.application_fee_amount = params.amount("application_fee_amount") ?? null
      if (params.has("metadata")) p.metadata = metadataFrom(params, p.metadata)
      if (params.has("description")) p.description = params.str("description") || null
      if (params.has("receipt_email")) p.receipt_email = params.str("receipt_email") || null
      if (params.has("transfer_group")) p.transfer_group = params.str("transfer_group") || null
      if (params.has("customer")) p.customer = params.str("customer") || null
      if (params.has("payment_method")) {
        p.payment_method = params.str("payment_method") || null
        if (p.status === "requires_payment_method" && p.payment_method) p.status = "requires_confirmation"
      }
      if (methodTypes) {
        p.allowed_payment_method_types = methodTypes.allowed as Stripe.PaymentIntent["allowed_payment_method_types"]
        p.payment_method_types = methodTypes.types
      }
    })
  })
  r.post("/v1/payment_intents/:intent/confirm", ({ em, scope, path, params }) => {
    const pi = requireIntent(em, scope, path.intent)
    paymentMethodTypesFrom(params, pi.currency)
    if (params.has("receipt_email")) pi.receipt_email = params.str("receipt_email") || null
    return confirm(em, scope, pi, params.str("payment_method") || undefined)
  })
  r.post("/v1/payment_intents/:intent/capture", ({ em, scope, path, params }) => {
    const pi = requireIntent(em, scope, path.intent)
    if (params.has("metadata")) pi.metadata = metadataFrom(params, pi.metadata)
    return captureIntent(em, scope, pi, params.int("amount_to_capture"), params.amount("application_fee_amount"))
  })
  r.post("/v1/payment_intents/:intent/cancel", ({ em, scope, path, params }) =>
    cancelIntent(em, scope, requireIntent(em, scope, path.intent), params.str("cancellation_reason"))
  )
}
