import type Stripe from "stripe"
import { ApiError, balanceInsufficient, invalidRequest } from "../errors"
import { FundsStatus } from "../ledger"
import { listOf } from "../list"
import { sourceTransactionRemaining } from "../money"
import { Router } from "../router"
import { PLATFORM } from "../store"
import { metadataFrom, mutate, requireCurrency, requirePositiveAmount } from "./common"
import { createTransferObject } from "./money-flow"
import { requireTransfersCapability } from "./capabilities"

export function registerTransfers(r: Router): void {
  r.post("/v1/transfers", ({ em, account, params }) => {
    if (account) throw new ApiError(400, "invalid_request_error", "Transfers must be created by the platform (without the Stripe-Account header).")
    const amount = requirePositiveAmount(params)
    const currency = requireCurrency(params)
    const destination = params.requiredStr("destination")
    requireTransfersCapability(em, destination, "destination")
    const sourceTransaction = params.str("source_transaction") || null
    let status: FundsStatus = "available"
    if (sourceTransaction) {
      const charge = em.store.require<Stripe.Charge>(PLATFORM, "charge", sourceTransaction, "charge", "source_transaction")
      if (charge.currency !== currency) throw invalidRequest("The currency of source_transaction's balance transaction must match the transfer currency.", "currency")
      const remaining = sourceTransactionRemaining(
        charge.amount_captured,
        em.store.all<Stripe.Transfer>(PLATFORM, "transfer").filter((t) => t.source_transaction === charge.id).map((t) => t.amount)
      )
      if (amount > remaining) {
        throw balanceInsufficient(
          `The transfer amount (${amount}) exceeds what remains of its source_transaction ${charge.id} (${remaining} of ${charge.amount_captured} ${currency}): the transfers from one charge cannot sum to more than the charge.`
        )
      }
      const txn = typeof charge.balance_transaction === "string" ? em.store.get<Stripe.BalanceTransaction>(PLATFORM, "balance_transaction", charge.balance_transaction) : undefined
      status = (txn?.status as FundsStatus | undefined) ?? "pending"
    } else if (em.ledger.total(PLATFORM, currency, "available") < amount) {
      throw balanceInsufficient("You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance by creating Charges using the 4000000000000077 test card.")
    }
    return createTransferObject(em, {
      amount,
      currency,
      destination,
      sourceTransaction,
      transferGroup: params.str("transfer_group") || null,
      metadata: metadataFrom(params),
      description: params.str("description") || null,
      platformStatus: status,
      destinationStatus: status,
      destinationType: "transfer",
    })
  })
  r.get("/v1/transfers", ({ em, params }) => {
    const destination = params.str("destination")
    const group = params.str("transfer_group")
    return listOf(em.store.all<Stripe.Transfer>(PLATFORM, "transfer"), params, "/v1/transfers", (t) => (!destination || t.destination === destination) && (!group || t.transfer_group === group))
  })
  r.get("/v1/transfers/:transfer", ({ em, path }) => em.store.require<Stripe.Transfer>(PLATFORM, "transfer", path.transfer, "transfer", "transfer"))
  r.post("/v1/transfers/:transfer", ({ em, path, params }) =>
    mutate(em, PLATFORM, em.store.require<Stripe.Transfer>(PLATFORM, "transfer", path.transfer, "transfer", "transfer"), "transfer.updated", (t) => {
      if (params.has("metadata")) t.metadata = metadataFrom(params, t.metadata)
      if (params.has("description")) t.description = params.str("description") || null
    })
  )
}
