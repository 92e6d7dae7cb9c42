import type {
  MoneyTrailChargeDocument,
  MoneyTrailPayoutDocument,
  MoneyTrailTransferDocument,
} from "../../../shared/types/money-trail"

/** A plugin payment of the order, as the trail reads it (model `StripeConnectPayment`). */
export type TrailPayment = {
  id: string
  payment_intent_id: string
  latest_charge_id: string | null
  stripe_account_id: string | null
  split: string | null
  currency: string
  amount: number
  amount_captured: number
  amount_refunded: number
  application_fee_collected: number
  captured_at: Date | null
}

/** A seller's part of a multi-seller charge (model `StripeConnectSellerTransfer`). */
export type TrailSellerPart = {
  id: string
  payment_intent_id: string
  stripe_account_id: string
  transfer_id: string | null
  transfer_amount: number
  amount_reversed: number
  status: string
}

/** A ledger line of the order (model `StripeConnectBalanceTransaction`). */
export type TrailLine = {
  balance_transaction_id: string
  stripe_account_id: string | null
  type: string
  amount: number
  fee: number
  source_id: string | null
  source_type: string | null
  source_link_id: string | null
  payout_id: string | null
}

/** A payout the plugin knows (model `StripeConnectPayout`). */
export type TrailPayout = { payout_id: string; amount: number; status: string; arrival_date: string | null }

export type MoneyTrailInput = {
  payments: TrailPayment[]
  sellers: TrailSellerPart[]
  /** The ledger lines matched to the order, and the connected accounts' lines of its transfers. */
  lines: TrailLine[]
  payouts: TrailPayout[]
  /** Whether the caller sees the platform's figures (fee, platform share); a merchant-scoped caller does not. */
  platform_visible: boolean
}

/**
 * The money trail of an order's charges (docs/api.md#order-money-trail): charge → fee → transfer(s) → payout →
 * arrived, from the plugin's records and the ledger lines. A destination charge's transfer is Stripe's (the platform
 * line of type transfer from the charge) and its fee the application fee line (else the fee collected); a
 * multi-seller charge has one transfer per seller's part and, as fee, the platform's share: the charge minus its
 * transfers. A transfer's payout is the one the account's line for the transfer (its destination payment, whose
 * `source_link_id` is the transfer) was settled by.
 */
export function buildMoneyTrail(input: MoneyTrailInput): MoneyTrailChargeDocument[] {
  const payouts = new Map(input.payouts.map((payout) => [payout.payout_id, payout]))
  const receivedByTransfer = new Map<string, TrailLine>()
  const platformBySource = new Map<string, TrailLine>()
  for (const line of input.lines) {
    if (line.stripe_account_id !== null && line.source_link_id?.startsWith("tr_")) {
      receivedByTransfer.set(line.source_link_id, line)
    } else if (line.stripe_account_id === null && line.source_id) {
      platformBySource.set(line.source_id, line)
    }
  }
  const payoutOf = (transferId: string | null): MoneyTrailPayoutDocument | null => {
    const received = transferId ? receivedByTransfer.get(transferId) : undefined
    if (!received?.payout_id) {
      return null
    }
    const known = payouts.get(received.payout_id)
    return {
      payout_id: received.payout_id,
      amount: known?.amount ?? null,
      status: known?.status ?? null,
      arrival_date: known?.arrival_date ?? null,
      arrived: known?.status === "paid",
    }
  }

  return input.payments.map((payment) => {
    const chargeLine = payment.latest_charge_id ? platformBySource.get(payment.latest_charge_id) : undefined
    const transfers: MoneyTrailTransferDocument[] = payment.split
      ? input.sellers
          .filter((part) => part.payment_intent_id === payment.payment_intent_id)
          .map((part) => ({
            transfer_id: part.transfer_id,
            account_id: part.stripe_account_id,
            kind: "seller" as const,
            seller_transfer_id: part.id,
            amount: part.transfer_amount,
            amount_reversed: part.amount_reversed,
            status: part.status,
            balance_transaction_id: part.transfer_id
              ? (platformBySource.get(part.transfer_id)?.balance_transaction_id ?? null)
              : null,
            payout: payoutOf(part.transfer_id),
          }))
      : destinationTransfers(payment, input.lines, payoutOf)
    return {
      payment_id: payment.id,
      payment_intent_id: payment.payment_intent_id,
      charge_id: payment.latest_charge_id,
      split: payment.split,
      currency: payment.currency,
      amount: payment.amount,
      amount_captured: payment.amount_captured,
      amount_refunded: payment.amount_refunded,
      captured_at: payment.captured_at ? payment.captured_at.toISOString() : null,
      balance_transaction_id: chargeLine?.balance_transaction_id ?? null,
      stripe_fee: chargeLine && input.platform_visible ? chargeLine.fee : null,
      fee: input.platform_visible ? feeOf(payment, transfers, input.lines) : null,
      transfers,
    }
  })
}

function destinationTransfers(
  payment: TrailPayment,
  lines: TrailLine[],
  payoutOf: (transferId: string | null) => MoneyTrailPayoutDocument | null
): MoneyTrailTransferDocument[] {
  if (!payment.stripe_account_id) {
    return []
  }
  const account = payment.stripe_account_id
  const made = lines.filter(
    (line) =>
      line.stripe_account_id === null &&
      line.source_type === "transfer" &&
      line.source_link_id !== null &&
      line.source_link_id === payment.latest_charge_id
  )
  return made.map((line) => {
    const reversed = lines
      .filter((other) => other.source_type === "transfer_reversal" && other.source_link_id === line.source_id)
      .reduce((sum, other) => sum + Math.abs(other.amount), 0)
    return {
      transfer_id: line.source_id,
      account_id: account,
      kind: "destination" as const,
      seller_transfer_id: null,
      amount: Math.abs(line.amount),
      amount_reversed: reversed,
      status: null,
      balance_transaction_id: line.balance_transaction_id,
      payout: payoutOf(line.source_id),
    }
  })
}

function feeOf(payment: TrailPayment, transfers: MoneyTrailTransferDocument[], lines: TrailLine[]) {
  if (payment.split) {
    const transferred = transfers.reduce((sum, transfer) => sum + (transfer.transfer_id ? transfer.amount : 0), 0)
    return {
      kind: "platform_share" as const,
      amount: payment.amount_captured - transferred,
      balance_transaction_id: null,
    }
  }
  const feeLine = lines.find(
    (line) =>
      line.stripe_account_id === null &&
      line.source_type === "application_fee" &&
      line.source_link_id !== null &&
      line.source_link_id === payment.latest_charge_id
  )
  return {
    kind: "application_fee" as const,
    amount: feeLine ? feeLine.amount : payment.application_fee_collected,
    balance_transaction_id: feeLine?.balance_transaction_id ?? null,
  }
}
