import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Charges (read only) and the refunds of charges and payment intents, on the platform or a connected account. */
export function chargesGateway(stripe: Stripe) {
  return {
    retrieve: (
      chargeId: string,
      params: Stripe.ChargeRetrieveParams = {},
      stripeAccount?: string | null
    ): Promise<Stripe.Charge> =>
      callStripe({ accountId: stripeAccount ?? undefined, action: `read charge ${chargeId}` }, () =>
        stripe.charges.retrieve(chargeId, params, requestOptions(stripeAccount))
      ),

    refund: (
      params: Stripe.RefundCreateParams,
      idempotencyKey: string,
      stripeAccount?: string | null
    ): Promise<Stripe.Refund> =>
      callStripe(
        {
          accountId: stripeAccount ?? undefined,
          action: `refund ${params.payment_intent ?? params.charge ?? "the payment"}`,
        },
        () => stripe.refunds.create(params, requestOptions(stripeAccount, idempotencyKey))
      ),
  }
}
