import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"

/** What a Stripe event handler of this plugin receives: the verified event and the Medusa container. */
export type StripeEventHandlerInput = {
  event: Stripe.Event
  container: MedusaContainer
}
