import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** File uploads (dispute evidence), on the platform or a connected account. */
export function filesGateway(stripe: Stripe) {
  return {
    create: (params: Stripe.FileCreateParams, stripeAccount?: string | null): Promise<Stripe.File> =>
      callStripe({ accountId: stripeAccount ?? undefined, action: `upload the ${params.purpose} file` }, () =>
        stripe.files.create(params, requestOptions(stripeAccount))
      ),
  }
}
