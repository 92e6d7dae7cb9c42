import { expectedApplicationFee, expectedConfiguredFee } from "./expected-application-fee"
import { lineMismatch } from "./mismatch-candidate"
import type {
  LineMatch,
  LineMatchResult,
  MatchableLine,
  MatchContext,
  MismatchCandidate,
  PaymentFacts,
  SellerTransferFacts,
} from "./types"

const unmatched: LineMatchResult = { match: null, mismatches: [] }
const matched = (match: LineMatch): LineMatchResult => ({ match, mismatches: [] })
const get = <T>(map: Map<string, T>, key: string | null): T | undefined => (key ? map.get(key) : undefined)

/** The plugin payment behind a platform charge: by the charge's id, else by its payment intent. */
function paymentOfCharge(
  ctx: MatchContext,
  chargeId: string | null,
  intentId: string | null
): PaymentFacts | undefined {
  return get(ctx.paymentsByCharge, chargeId) ?? get(ctx.paymentsByIntent, intentId)
}

/** The plugin payment whose destination charge made a transfer (the platform's transfer line names the charge). */
function paymentOfTransfer(ctx: MatchContext, transferId: string | null): PaymentFacts | undefined {
  return get(ctx.paymentsByCharge, get(ctx.chargeOfTransfer, transferId) ?? null)
}

/**
 * What explains one ledger line, and what does not agree (docs/api.md#reconciliation):
 * - a charge: the plugin payment (by charge or payment intent) and its order; its amount must be the amount
 *   captured (`amount_mismatch`); a charge no payment explains is `unknown_charge`;
 * - a connected account's destination payment (`py_`): the plugin transfer or seller transfer it came with, else the
 *   platform charge whose transfer it is;
 * - an application fee: the payment that collected it; it must equal the fee the plugin decided and recorded
 *   (`fee_mismatch`), and the fee the fee configuration in force then gives, worked out again from the version and
 *   the monthly volume the payment kept (`fee_configuration_mismatch`); a fee refund: the payment of its fee;
 * - a refund: the plugin refund (`amount_mismatch` when the amounts differ); a refund of a multi-seller charge whose
 *   seller split accounts for everything Stripe refunded of it: that payment; a refund at Stripe with no record is
 *   `refund_not_recorded`; a connected account's refund of a destination payment follows its transfer reversal;
 * - a transfer or reversal: the plugin transfer (amount checked), else a seller's transfer of a multi-seller charge
 *   (its amount must be the seller's share, `amount_mismatch`), else the destination charge it belongs to;
 * - a dispute: the plugin dispute; a payout: the plugin payout, or Stripe's own automatic payout;
 * - anything else (top-ups, Stripe's adjustments): Stripe's own.
 * A line nothing explains (and that is no charge or refund) stays unmatched without a mismatch: the charge it
 * comes from carries the mismatch.
 */
export function matchLedgerLine(line: MatchableLine, ctx: MatchContext): LineMatchResult {
  const source = line.source_id
  switch (line.source_type) {
    case "charge":
      return source?.startsWith("py_") ? matchDestinationPayment(line, ctx) : matchCharge(line, ctx)
    case "application_fee":
      return matchApplicationFee(line, ctx)
    case "fee_refund": {
      const payment = get(ctx.paymentsByApplicationFee, line.source_link_id)
      return payment
        ? matched({ kind: "application_fee_refund", record_id: payment.id, order_id: payment.order_id })
        : unmatched
    }
    case "refund":
      return matchRefund(line, ctx)
    case "transfer":
      return matchTransfer(line, ctx)
    case "transfer_reversal":
      return matchReversal(ctx, line.source_link_id)
    case "dispute": {
      const dispute = get(ctx.disputes, source)
      return dispute ? matched({ kind: "dispute", record_id: dispute.id, order_id: dispute.order_id }) : unmatched
    }
    case "payout":
      return matched({ kind: "payout", record_id: get(ctx.payouts, source)?.id ?? null, order_id: null })
    default:
      return matched({ kind: "stripe", record_id: null, order_id: null })
  }
}

function matchCharge(line: MatchableLine, ctx: MatchContext): LineMatchResult {
  const payment = paymentOfCharge(ctx, line.source_id, line.source_link_id)
  if (!payment) {
    return { match: null, mismatches: [lineMismatch("unknown_charge", line, {})] }
  }
  const match: LineMatch = { kind: "payment", record_id: payment.id, order_id: payment.order_id }
  if (line.amount === payment.amount_captured) {
    return matched(match)
  }
  const found = { record_kind: "payment", record_id: payment.id, order_id: payment.order_id }
  return { match, mismatches: [lineMismatch("amount_mismatch", line, { ...found, expected: payment.amount_captured })] }
}

function matchDestinationPayment(line: MatchableLine, ctx: MatchContext): LineMatchResult {
  const transfer = get(ctx.transfers, line.source_link_id) ?? get(ctx.sellerTransfers, line.source_link_id)
  if (transfer) {
    return matched({ kind: "payment", record_id: transfer.id, order_id: transfer.order_id })
  }
  const payment = paymentOfTransfer(ctx, line.source_link_id)
  return payment ? matched({ kind: "payment", record_id: payment.id, order_id: payment.order_id }) : unmatched
}

function matchApplicationFee(line: MatchableLine, ctx: MatchContext): LineMatchResult {
  const payment = get(ctx.paymentsByApplicationFee, line.source_id) ?? get(ctx.paymentsByCharge, line.source_link_id)
  if (!payment) {
    return unmatched
  }
  const match: LineMatch = { kind: "application_fee", record_id: payment.id, order_id: payment.order_id }
  const found = { record_kind: "payment", record_id: payment.id, order_id: payment.order_id }
  const mismatches: MismatchCandidate[] = []
  const expected = expectedApplicationFee(payment)
  if (line.amount !== expected) {
    mismatches.push(lineMismatch("fee_mismatch", line, { ...found, expected }))
  }
  const configured = expectedConfiguredFee(payment)
  if (configured !== null && line.amount !== configured) {
    mismatches.push(lineMismatch("fee_configuration_mismatch", line, { ...found, expected: configured }))
  }
  return { match, mismatches }
}

function matchRefund(line: MatchableLine, ctx: MatchContext): LineMatchResult {
  const refund = get(ctx.refunds, line.source_id)
  if (refund) {
    const match: LineMatch = { kind: "refund", record_id: refund.id, order_id: refund.order_id }
    if (-line.amount === refund.amount) {
      return matched(match)
    }
    const found = { record_kind: "refund", record_id: refund.id, order_id: refund.order_id, expected: refund.amount }
    return { match, mismatches: [lineMismatch("amount_mismatch", line, found)] }
  }
  if (line.source_link_id?.startsWith("trr_")) {
    return matchReversal(ctx, get(ctx.transferOfReversal, line.source_link_id) ?? null)
  }
  if (line.source_id?.startsWith("pyr_")) {
    return unmatched
  }
  const payment = get(ctx.paymentsByCharge, line.source_link_id) ?? get(ctx.paymentsByIntent, line.source_link_id)
  if (payment?.split_refunded !== undefined && payment.split_refunded >= (payment.amount_refunded ?? 0)) {
    return matched({ kind: "refund", record_id: payment.id, order_id: payment.order_id })
  }
  const found = payment ? { record_kind: "payment", record_id: payment.id, order_id: payment.order_id } : {}
  return { match: null, mismatches: [lineMismatch("refund_not_recorded", line, found)] }
}

function matchTransfer(line: MatchableLine, ctx: MatchContext): LineMatchResult {
  const transfer = get(ctx.transfers, line.source_id)
  if (transfer) {
    const match: LineMatch = { kind: "transfer", record_id: transfer.id, order_id: transfer.order_id }
    if (Math.abs(line.amount) === transfer.amount) {
      return matched(match)
    }
    const found = {
      record_kind: "transfer",
      record_id: transfer.id,
      order_id: transfer.order_id,
      expected: transfer.amount,
    }
    return { match, mismatches: [lineMismatch("amount_mismatch", line, found)] }
  }
  const seller = get(ctx.sellerTransfers, line.source_id)
  if (seller) {
    return matchSellerTransfer(line, seller)
  }
  const payment = get(ctx.paymentsByCharge, line.source_link_id)
  return payment ? matched({ kind: "transfer", record_id: payment.id, order_id: payment.order_id }) : unmatched
}

/** A seller's transfer of a multi-seller charge must move the seller's share; a dispute's restore is not checked. */
function matchSellerTransfer(line: MatchableLine, seller: SellerTransferFacts): LineMatchResult {
  const match: LineMatch = { kind: "transfer", record_id: seller.id, order_id: seller.order_id }
  if (seller.restore || Math.abs(line.amount) === seller.transfer_amount) {
    return matched(match)
  }
  const found = {
    record_kind: "seller_transfer",
    record_id: seller.id,
    order_id: seller.order_id,
    expected: seller.transfer_amount,
  }
  return { match, mismatches: [lineMismatch("amount_mismatch", line, found)] }
}

/** A reversal (or the connected account's refund that mirrors it) by the transfer it reverses. */
function matchReversal(ctx: MatchContext, transferId: string | null): LineMatchResult {
  const transfer = get(ctx.transfers, transferId) ?? get(ctx.sellerTransfers, transferId)
  if (transfer) {
    return matched({ kind: "transfer_reversal", record_id: transfer.id, order_id: transfer.order_id })
  }
  const payment = paymentOfTransfer(ctx, transferId)
  return payment ? matched({ kind: "transfer_reversal", record_id: payment.id, order_id: payment.order_id }) : unmatched
}
