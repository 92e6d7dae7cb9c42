import type Stripe from "stripe"
import { invalidRequest } from "../errors"
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
    return reverseTransfer(em, transfer, params.amount("amount") ?? remaining, null, metadataFrom(params))
  })
}
