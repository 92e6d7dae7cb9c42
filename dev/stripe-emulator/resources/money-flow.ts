import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, invalidRequest } from "../errors"
import { newId } from "../ids"
import { FundsStatus } from "../ledger"
import { feeOnCapture, proportionalShare } from "../money"
import { PLATFORM } from "../store"
import { mutate } from "./common"
import { chargeFromIntent, destinationPayment, emptyList } from "./charge-object"
import { declineFor } from "./test-cards"

/**
 * How money moves, following Stripe's Connect documentation:
 * - Direct charge (created with Stripe-Account): the charge and its funds are in the connected account; an
 *   `application_fee_amount` is taken from it (the charge's balance transaction shows it as a fee) and credited
 *   to the platform as an application fee.
 * - Destination charge (`transfer_data[destination]`, on the platform): the platform is credited with the charge,
 *   then transfers the charge amount (or `transfer_data[amount]`) to the destination; the application fee is
 *   collected back from the destination. Net: the destination gains amount - fee, the platform keeps the fee.
 * Funds from charges start pending. Refunds, reversals and fee refunds debit available funds when there are
 * enough, otherwise pending ones.
 */

function debit(em: Emulator, scope: string, currency: string, amount: number, type: Stripe.BalanceTransaction.Type, source: string): Stripe.BalanceTransaction {
  const status = em.ledger.debitStatus(scope, currency, amount)
  return em.ledger.record(scope, { amount: -amount, currency, type, source, status })
}

function credit(em: Emulator, scope: string, currency: string, amount: number, type: Stripe.BalanceTransaction.Type, source: string, status: FundsStatus, fee = 0): Stripe.BalanceTransaction {
  return em.ledger.record(scope, { amount, currency, type, source, status, fee })
}

/**
 * Confirms a payment intent with a payment method: authorizes (manual capture) or charges (automatic).
 * A declining test card leaves the intent in requires_payment_method and throws Stripe's 402 card_error.
 */
export function confirmIntent(em: Emulator, scope: string, pi: Stripe.PaymentIntent, paymentMethod: string): Stripe.PaymentIntent {
  const failure = declineFor(paymentMethod)
  const charge = chargeFromIntent(em, pi, paymentMethod, failure)
  em.store.put(scope, "charge", charge)
  if (failure) {
    const lastError: Stripe.PaymentIntent.LastPaymentError = {
      charge: charge.id,
      code: failure.code,
      decline_code: failure.decline_code,
      doc_url: `https://stripe.com/docs/error-codes/${failure.code.replace(/_/g, "-")}`,
      message: failure.message,
      type: "card_error",
    }
    mutate(em, scope, pi, null, (p) => {
      p.status = "requires_payment_method"
      p.payment_method = null
      p.latest_charge = charge.id
      p.last_payment_error = lastError
    })
    em.events.emit(scope, "charge.failed", charge)
    em.events.emit(scope, "payment_intent.payment_failed", pi)
    throw new ApiError(402, "card_error", failure.message, failure.code, undefined, {
      decline_code: failure.decline_code,
      charge: charge.id,
      payment_intent: JSON.parse(JSON.stringify(pi)) as unknown,
    })
  }
  mutate(em, scope, pi, null, (p) => {
    p.payment_method = paymentMethod
    p.latest_charge = charge.id
    p.last_payment_error = null
    p.next_action = null
  })
  if (pi.capture_method === "manual") {
    mutate(em, scope, pi, null, (p) => {
      p.status = "requires_capture"
      p.amount_capturable = p.amount
    })
    em.events.emit(scope, "charge.succeeded", charge)
    em.events.emit(scope, "payment_intent.amount_capturable_updated", pi)
    return pi
  }
  captureCharge(em, scope, pi, charge, pi.amount, pi.application_fee_amount)
  em.events.emit(scope, "charge.succeeded", charge)
  em.events.emit(scope, "payment_intent.succeeded", pi)
  return pi
}

/** Captures `amount` of an authorized charge and moves the money (charge, fee, transfer). */
export function captureCharge(em: Emulator, scope: string, pi: Stripe.PaymentIntent, charge: Stripe.Charge, amount: number, fee: number | null): void {
  const currency = charge.currency
  const destination = charge.transfer_data?.destination
  const destinationId = typeof destination === "string" ? destination : destination?.id ?? null
  const isDirectWithFee = scope !== PLATFORM && fee
  const chargeTxn = credit(em, scope, currency, amount, "charge", charge.id, "pending", isDirectWithFee ? fee ?? 0 : 0)
  charge.captured = true
  charge.amount_captured = amount
  charge.balance_transaction = chargeTxn.id
  charge.application_fee_amount = fee
  pi.status = "succeeded"
  pi.amount_received = amount
  pi.amount_capturable = 0
  pi.application_fee_amount = fee

  let feePayer: string | null = null
  if (destinationId) {
    const transferAmount = Math.min(amount, charge.transfer_data?.amount ?? amount)
    const transfer = createTransferObject(em, {
      amount: transferAmount,
      currency,
      destination: destinationId,
      sourceTransaction: charge.id,
      transferGroup: pi.transfer_group ?? `group_${pi.id}`,
      metadata: {},
      description: null,
      platformStatus: "pending",
      destinationStatus: "pending",
      destinationFee: fee ?? 0,
      destinationType: "payment",
    })
    charge.transfer = transfer.id
    if (!pi.transfer_group) {
      pi.transfer_group = transfer.transfer_group
      charge.transfer_group = transfer.transfer_group
    }
    feePayer = destinationId
  } else if (scope !== PLATFORM && fee) {
    feePayer = scope
  }
  if (feePayer && fee) {
    const feeObj = createApplicationFee(em, feePayer, charge, fee, scope === PLATFORM ? "pending" : "pending")
    charge.application_fee = feeObj.id
  }
}

export interface TransferInput {
  amount: number
  currency: string
  destination: string
  sourceTransaction: string | null
  transferGroup: string | null
  metadata: Stripe.Metadata
  description: string | null
  platformStatus: FundsStatus
  destinationStatus: FundsStatus
  /** Fee shown on the destination's payment (destination charges with an application fee). */
  destinationFee?: number
  destinationType?: Stripe.BalanceTransaction.Type
}

/** Records a transfer from the platform to a connected account, with both sides' balance transactions. */
export function createTransferObject(em: Emulator, input: TransferInput): Stripe.Transfer {
  const id = newId("tr")
  const paymentId = newId("py")
  const platformTxn = em.ledger.record(PLATFORM, { amount: -input.amount, currency: input.currency, type: "transfer", source: id, status: input.platformStatus })
  const destinationTxn = em.ledger.record(input.destination, {
    amount: input.amount,
    currency: input.currency,
    type: input.destinationType ?? "payment",
    source: paymentId,
    status: input.destinationStatus,
    fee: input.destinationFee ?? 0,
  })
  em.store.put(
    input.destination,
    "charge",
    destinationPayment(em, { id: paymentId, amount: input.amount, currency: input.currency, transfer: id, balanceTransaction: destinationTxn.id, fee: input.destinationFee ?? 0 })
  )
  const transfer: Stripe.Transfer = {
    id,
    object: "transfer",
    amount: input.amount,
    amount_reversed: 0,
    balance_transaction: platformTxn.id,
    created: em.now(),
    currency: input.currency,
    description: input.description,
    destination: input.destination,
    destination_payment: paymentId,
    livemode: false,
    metadata: input.metadata,
    reversals: emptyList<Stripe.TransferReversal>(`/v1/transfers/${id}/reversals`),
    reversed: false,
    source_transaction: input.sourceTransaction,
    source_type: "card",
    transfer_group: input.transferGroup,
  }
  em.store.put(PLATFORM, "transfer", transfer)
  em.events.emit(PLATFORM, "transfer.created", transfer)
  return transfer
}

function createApplicationFee(em: Emulator, account: string, charge: Stripe.Charge, amount: number, status: FundsStatus): Stripe.ApplicationFee {
  const id = newId("fee")
  const txn = em.ledger.record(PLATFORM, { amount, currency: charge.currency, type: "application_fee", source: id, status })
  const fee: Stripe.ApplicationFee = {
    id,
    object: "application_fee",
    account,
    amount,
    amount_refunded: 0,
    application: "ca_emulator",
    balance_transaction: txn.id,
    charge: charge.id,
    created: em.now(),
    currency: charge.currency,
    fee_source: { charge: charge.id, type: "charge" },
    livemode: false,
    originating_transaction: charge.id,
    refunded: false,
    refunds: emptyList<Stripe.FeeRefund>(`/v1/application_fees/${id}/refunds`),
  }
  em.store.put(PLATFORM, "application_fee", fee)
  em.events.emit(PLATFORM, "application_fee.created", fee)
  return fee
}

/** Captures a manual-capture intent; the application fee is kept and capped at the captured amount (see money.ts). */
export function captureIntent(em: Emulator, scope: string, pi: Stripe.PaymentIntent, amountToCapture: number | undefined, feeOverride: number | undefined): Stripe.PaymentIntent {
  if (pi.status !== "requires_capture") {
    throw new ApiError(400, "invalid_request_error", `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`, "payment_intent_unexpected_state")
  }
  const amount = amountToCapture ?? pi.amount_capturable
  if (amount < 1 || amount > pi.amount_capturable) {
    throw invalidRequest(`The amount to capture (${amount}) must be between 1 and the capturable amount (${pi.amount_capturable}).`, "amount_to_capture", "amount_too_large")
  }
  const charge = em.store.require<Stripe.Charge>(scope, "charge", String(pi.latest_charge), "charge")
  const requestedFee = feeOverride ?? pi.application_fee_amount
  const fee = requestedFee === null ? null : feeOnCapture(requestedFee, amount)
  const before = JSON.parse(JSON.stringify(pi)) as Record<string, unknown>
  captureCharge(em, scope, pi, charge, amount, fee)
  em.events.emit(scope, "charge.captured", charge)
  em.events.emit(scope, "payment_intent.succeeded", pi, { status: before.status, amount_received: before.amount_received, amount_capturable: before.amount_capturable })
  return pi
}

export interface RefundInput {
  amount?: number
  reason: Stripe.Refund.Reason | null
  refundApplicationFee: boolean
  reverseTransfer: boolean
  metadata: Stripe.Metadata
}

/** Refunds a captured charge; optionally refunds the application fee and reverses the transfer, in proportion. */
export function refundCharge(em: Emulator, scope: string, charge: Stripe.Charge, input: RefundInput): Stripe.Refund {
  if (!charge.captured) {
    throw invalidRequest(`Charge ${charge.id} has not been captured; cancel the PaymentIntent to release the authorization.`, "charge", "charge_not_refundable")
  }
  const refundable = charge.amount_captured - charge.amount_refunded
  if (refundable <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, "charge", "charge_already_refunded")
  const amount = input.amount ?? refundable
  if (amount < 1) throw invalidRequest("This value must be greater than or equal to 1.", "amount", "parameter_invalid_integer")
  if (amount > refundable) {
    throw invalidRequest(`Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable})`, "amount", "amount_too_large")
  }
  if (charge.disputed) {
    const dispute = em.store.all<Stripe.Dispute>(scope, "dispute").find((d) => d.charge === charge.id)
    if (dispute && dispute.status !== "won" && dispute.status !== "warning_closed") {
      throw invalidRequest(`Charge ${charge.id} has been charged back; cannot issue a refund.`, "charge", "charge_disputed")
    }
  }
  const currency = charge.currency
  const id = newId("re")
  const refundTxn = debit(em, scope, currency, amount, "refund", id)
  const refundedBefore = charge.amount_refunded
  let reversalId: string | null = null

  const transferId = typeof charge.transfer === "string" ? charge.transfer : charge.transfer?.id
  if (input.reverseTransfer && transferId) {
    const transfer = em.store.require<Stripe.Transfer>(PLATFORM, "transfer", transferId, "transfer")
    const share = proportionalShare(transfer.amount, charge.amount_captured, refundedBefore, amount, transfer.amount_reversed)
    if (share > 0) reversalId = reverseTransfer(em, transfer, share, id, {}).id
  }
  const feeId = typeof charge.application_fee === "string" ? charge.application_fee : charge.application_fee?.id
  if (input.refundApplicationFee && feeId) {
    const fee = em.store.require<Stripe.ApplicationFee>(PLATFORM, "application_fee", feeId, "application_fee")
    const share = proportionalShare(fee.amount, charge.amount_captured, refundedBefore, amount, fee.amount_refunded)
    if (share > 0) refundApplicationFee(em, fee, share, {})
  }

  const refund: Stripe.Refund = {
    id,
    object: "refund",
    amount,
    balance_transaction: refundTxn.id,
    charge: charge.id,
    created: em.now(),
    currency,
    customer: charge.customer,
    customer_account: null,
    destination_details: { card: { reference: "emulator", reference_status: "available", reference_type: "acquirer_reference_number", type: "refund" }, type: "card" } as Stripe.Refund.DestinationDetails,
    metadata: input.metadata,
    payment_intent: charge.payment_intent,
    payment_method: charge.payment_method,
    reason: input.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: reversalId,
  }
  em.store.put(scope, "refund", refund)
  mutate(em, scope, charge, "charge.refunded", (c) => {
    c.amount_refunded += amount
    c.refunded = c.amount_refunded >= c.amount_captured
    if (c.refunds) c.refunds = { ...c.refunds, data: [refund, ...c.refunds.data] }
  })
  em.events.emit(scope, "refund.created", refund)
  return refund
}

/** Moves `amount` back from the destination to the platform. */
export function reverseTransfer(em: Emulator, transfer: Stripe.Transfer, amount: number, sourceRefund: string | null, metadata: Stripe.Metadata): Stripe.TransferReversal {
  const remaining = transfer.amount - transfer.amount_reversed
  if (amount > remaining) {
    throw invalidRequest(`Transfer reversal amount (${amount}) is greater than the amount remaining on the transfer (${remaining}).`, "amount", "amount_too_large")
  }
  const destination = typeof transfer.destination === "string" ? transfer.destination : transfer.destination?.id ?? PLATFORM
  const id = newId("trr")
  const paymentRefundId = newId("pyr")
  const destTxn = debit(em, destination, transfer.currency, amount, "payment_refund", paymentRefundId)
  const platformTxn = credit(em, PLATFORM, transfer.currency, amount, "transfer_cancel", id, destTxn.status as FundsStatus)
  const destinationPaymentId = typeof transfer.destination_payment === "string" ? transfer.destination_payment : transfer.destination_payment?.id ?? null
  // The destination's side of the reversal: a refund of its payment, which names the reversal (as Stripe's does).
  const paymentRefund: Stripe.Refund = {
    id: paymentRefundId,
    object: "refund",
    amount,
    balance_transaction: destTxn.id,
    charge: destinationPaymentId,
    created: em.now(),
    currency: transfer.currency,
    customer: null,
    customer_account: null,
    metadata: {},
    payment_intent: null,
    payment_method: null,
    reason: null,
    receipt_number: null,
    source_transfer_reversal: id,
    status: "succeeded",
    transfer_reversal: null,
  }
  em.store.put(destination, "refund", paymentRefund)
  const reversal: Stripe.TransferReversal = {
    id,
    object: "transfer_reversal",
    amount,
    balance_transaction: platformTxn.id,
    created: em.now(),
    currency: transfer.currency,
    destination_payment_refund: typeof destTxn.source === "string" ? destTxn.source : null,
    metadata,
    source_refund: sourceRefund,
    transfer: transfer.id,
  }
  em.store.put(PLATFORM, "transfer_reversal", reversal)
  const paymentId = typeof transfer.destination_payment === "string" ? transfer.destination_payment : transfer.destination_payment?.id
  const payment = paymentId ? em.store.get<Stripe.Charge>(destination, "charge", paymentId) : undefined
  if (payment) {
    payment.amount_refunded += amount
    payment.refunded = payment.amount_refunded >= payment.amount
  }
  mutate(em, PLATFORM, transfer, "transfer.reversed", (t) => {
    t.amount_reversed += amount
    t.reversed = t.amount_reversed >= t.amount
    t.reversals = { ...t.reversals, data: [reversal, ...t.reversals.data] }
  })
  return reversal
}

/** Returns `amount` of an application fee from the platform to the account that paid it. */
export function refundApplicationFee(em: Emulator, fee: Stripe.ApplicationFee, amount: number, metadata: Stripe.Metadata): Stripe.FeeRefund {
  const remaining = fee.amount - fee.amount_refunded
  if (remaining <= 0) throw invalidRequest(`Application fee ${fee.id} has already been refunded.`, "id", "charge_already_refunded")
  if (amount > remaining) throw invalidRequest(`Refund amount (${amount}) is greater than the unrefunded fee (${remaining}).`, "amount", "amount_too_large")
  const id = newId("fr")
  const account = typeof fee.account === "string" ? fee.account : fee.account.id
  const platformTxn = debit(em, PLATFORM, fee.currency, amount, "application_fee_refund", id)
  credit(em, account, fee.currency, amount, "application_fee_refund", id, platformTxn.status as FundsStatus)
  const refund: Stripe.FeeRefund = {
    id,
    object: "fee_refund",
    amount,
    balance_transaction: platformTxn.id,
    created: em.now(),
    currency: fee.currency,
    fee: fee.id,
    metadata,
  }
  em.store.put(PLATFORM, "fee_refund", refund)
  mutate(em, PLATFORM, fee, "application_fee.refunded", (f) => {
    f.amount_refunded += amount
    f.refunded = f.amount_refunded >= f.amount
    f.refunds = { ...f.refunds, data: [refund, ...f.refunds.data] }
  })
  return refund
}
