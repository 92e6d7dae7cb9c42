import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Checkout Sessions on a connected account (`Stripe-Account`): the pages behind pay links. */
export function checkoutSessionsGateway(stripe: Stripe) {
  return {
    create: (
      stripeAccount: string,
      params: Stripe.Checkout.SessionCreateParams,
      idempotencyKey: string
    ): Promise<Stripe.Checkout.Session> =>
      callStripe({ accountId: stripeAccount, action: "create the pay link's checkout session" }, () =>
        stripe.checkout.sessions.create(params, requestOptions(stripeAccount, idempotencyKey))
      ),

    retrieve: (stripeAccount: string, sessionId: string): Promise<Stripe.Checkout.Session> =>
      callStripe({ accountId: stripeAccount, action: `read checkout session ${sessionId}` }, () =>
        stripe.checkout.sessions.retrieve(sessionId, {}, requestOptions(stripeAccount))
      ),

    expire: (stripeAccount: string, sessionId: string, idempotencyKey?: string): Promise<Stripe.Checkout.Session> =>
      callStripe({ accountId: stripeAccount, action: `expire checkout session ${sessionId}` }, () =>
        stripe.checkout.sessions.expire(sessionId, {}, requestOptions(stripeAccount, idempotencyKey))
      ),
  }
}
