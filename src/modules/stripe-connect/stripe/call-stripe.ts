import type Stripe from "stripe"
import { inSpan } from "../observability/in-span"
import { mapStripeError, type StripeCallContext } from "./map-stripe-error"

/**
 * Runs one Stripe request in a span (`stripe <action>`, with the connected account) and turns its failure into
 * the API's error codes (see `mapStripeError`).
 */
export async function callStripe<T>(context: StripeCallContext, run: () => Promise<T>): Promise<T> {
  const attributes = context.accountId ? { "stripe.account": context.accountId } : {}
  return inSpan(`stripe ${context.action ?? "request"}`, attributes, async () => {
    try {
      return await run()
    } catch (error) {
      throw mapStripeError(error, context)
    }
  })
}

/**
 * The request options of one call: `Stripe-Account` when the call is made on a connected account, the
 * idempotency key of a write.
 */
export function requestOptions(stripeAccount?: string | null, idempotencyKey?: string): Stripe.RequestOptions {
  return {
    ...(stripeAccount ? { stripeAccount } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  }
}

/** The id of an expandable Stripe field. */
export function idOfExpandable(value: string | { id: string } | null | undefined): string | undefined {
  if (!value) {
    return undefined
  }
  return typeof value === "string" ? value : value.id
}
