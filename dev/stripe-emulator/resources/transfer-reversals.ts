import type Stripe from "stripe"
import type { Emulator } from "../context"
import { balanceInsufficient, invalidRequest } from "../errors"
import { listOf } from "../list"
import { Router } from "../router"
import { metadataFrom } from "./common"
import { reverseTransfer } from "./money-flow"
import { PLATFORM } from "../store"

export function registerTransferReversals(r: Router): void {
  r.get("/v1/transfers/:transfer/reversals", ({ em, path, params }) =>
    listOf(em.store.all<Stripe.TransferReversal>(PLATFORM, "transfer_reversal"), params, `/v1/transfers/${path.transfer}/reversals`, (x) => x.transfer === path.transfer)
  )
  r.get("/v1/transfers/:transfer/reversals/:id", ({ em, path }) => em.store.require<Stripe.TransferReversal>(PLATFORM, "transfer_reversal", path.id, "transfer reversal"))
  r.post("/v1/transfers/:transfer/reversals", ({ em, path, params }) => {
    const transfer = em.store.require<Stripe.Transfer>(PLATFORM, "transfer", path.transfer, "transfer", "id")
    const remaining = transfer.amount - transfer.amount_reversed
    if (remaining <= 0) throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`, "amount", "transfer_already_reversed")
    const amount = params.amount("amount") ?? remaining
    requireDestinationCovers(em, transfer, amount)
    return reverseTransfer(em, transfer, amount, null, metadataFrom(params))
  })
}

/**
 * Stripe reverses a transfer that is not a destination charge's own (a "separate charges and transfers" one) only
 * if the destination's balance covers the reversal; otherwise 400 `balance_insufficient`, and nothing moves. The
 * balance counted is the destination's total in the currency (available and pending), as Stripe debits either.
 * An amount beyond what remains on the transfer is left to `reverseTransfer`'s own error.
 */
function requireDestinationCovers(em: Emulator, transfer: Stripe.Transfer, amount: number): void {
  const source = typeof transfer.source_transaction === "string" ? transfer.source_transaction : transfer.source_transaction?.id
  const charge = source ? em.store.get<Stripe.Charge>(PLATFORM, "charge", source) : undefined
  const chargeTransfer = typeof charge?.transfer === "string" ? charge.transfer : charge?.transfer?.id
  if (chargeTransfer === transfer.id || amount > transfer.amount - transfer.amount_reversed) return
  const destination = typeof transfer.destination === "string" ? transfer.destination : transfer.destination?.id
  if (!destination) return
  const balance = em.ledger.total(destination, transfer.currency, "available") + em.ledger.total(destination, transfer.currency, "pending")
  if (balance < amount) {
    throw balanceInsufficient(
      `The connected account ${destination} has insufficient funds to cover this reversal: its ${transfer.currency} balance is ${balance}, the reversal ${amount}.`
    )
  }
}
