import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Transfers from the platform balance to connected accounts, and their reversals. */
export function transfersGateway(stripe: Stripe) {
  return {
    create: (params: Stripe.TransferCreateParams, idempotencyKey: string): Promise<Stripe.Transfer> =>
      callStripe({ accountId: params.destination, action: `transfer to ${params.destination}` }, () =>
        stripe.transfers.create(params, requestOptions(null, idempotencyKey))
      ),

    retrieve: (transferId: string): Promise<Stripe.Transfer> =>
      callStripe({ action: `read transfer ${transferId}` }, () => stripe.transfers.retrieve(transferId)),

    reverse: (
      transferId: string,
      params: Stripe.TransferCreateReversalParams,
      idempotencyKey: string
    ): Promise<Stripe.TransferReversal> =>
      callStripe({ action: `reverse transfer ${transferId}` }, () =>
        stripe.transfers.createReversal(transferId, params, requestOptions(null, idempotencyKey))
      ),
  }
}
