import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Payment intents: destination charges made on the platform, read on a connected account for its invoices. */
export function paymentsGateway(stripe: Stripe) {
  return {
    create: (params: Stripe.PaymentIntentCreateParams, idempotencyKey: string): Promise<Stripe.PaymentIntent> =>
      callStripe({ accountId: params.transfer_data?.destination, action: "create the payment intent" }, () =>
        stripe.paymentIntents.create(params, requestOptions(null, idempotencyKey))
      ),

    retrieve: (
      paymentIntentId: string,
      params: Stripe.PaymentIntentRetrieveParams = {},
      stripeAccount?: string | null
    ): Promise<Stripe.PaymentIntent> =>
      callStripe({ accountId: stripeAccount ?? undefined, action: `read ${paymentIntentId}` }, () =>
        stripe.paymentIntents.retrieve(paymentIntentId, params, requestOptions(stripeAccount))
      ),

    update: (
      paymentIntentId: string,
      params: Stripe.PaymentIntentUpdateParams,
      idempotencyKey: string
    ): Promise<Stripe.PaymentIntent> =>
      callStripe({ action: `update ${paymentIntentId}` }, () =>
        stripe.paymentIntents.update(paymentIntentId, params, requestOptions(null, idempotencyKey))
      ),

    capture: (
      paymentIntentId: string,
      params: Stripe.PaymentIntentCaptureParams,
      idempotencyKey: string
    ): Promise<Stripe.PaymentIntent> =>
      callStripe({ action: `capture ${paymentIntentId}` }, () =>
        stripe.paymentIntents.capture(paymentIntentId, params, requestOptions(null, idempotencyKey))
      ),

    cancel: (paymentIntentId: string, idempotencyKey: string): Promise<Stripe.PaymentIntent> =>
      callStripe({ action: `cancel ${paymentIntentId}` }, () =>
        stripe.paymentIntents.cancel(paymentIntentId, {}, requestOptions(null, idempotencyKey))
      ),
  }
}
