import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { signPayload, waitFor } from "../webhooks/helpers"
import { planSellerSplitWorkflow } from "../../../src/workflows/seller-transfers/workflows/plan-seller-split"

const PLATFORM_SECRET = (process.env.STRIPE_WEBHOOK_SECRETS_PLATFORM || "whsec_dev_platform_secret").split(",")[0]

type Post = (
  url: string,
  data: string,
  config: {
    headers: Record<string, string>
    validateStatus: () => boolean
    transformRequest: ((data: string) => string)[]
  }
) => Promise<{ status: number }>

/**
 * A captured multi-seller charge of 11500 cents for three sellers, its split planned for `orderId`: parts
 * 6900 / 3450 / 1150, with 10 % fees transfers 6210 / 3105 / 1035 (once `payment_intent.succeeded` is handled).
 */
export async function capturedMultiSellerCharge(
  container: MedusaContainer,
  sellers: string[],
  orderId: string
): Promise<{ intent: Stripe.PaymentIntent; charge: string }> {
  const stripe = emulatorStripe()
  const intent = await stripe.paymentIntents.create({
    amount: 11500,
    currency: "usd",
    capture_method: "manual",
    payment_method: "pm_card_visa",
    confirm: true,
    transfer_group: orderId,
    metadata: { split: "separate_charges", order_id: orderId },
  })
  await planSellerSplitWorkflow(container).run({
    input: {
      payment_intent_id: intent.id,
      order_id: orderId,
      currency: "usd",
      shipping_amount: 1000,
      shipping_tax_amount: 0,
      discount_amount: 500,
      sellers: [
        { account_id: sellers[0], items_amount: 6000, tax_amount: 600 },
        { account_id: sellers[1], items_amount: 3000, tax_amount: 300 },
        { account_id: sellers[2], items_amount: 1000, tax_amount: 100 },
      ],
    },
  })
  const after = await stripe.paymentIntents.capture(intent.id)
  return { intent: after, charge: String(after.latest_charge) }
}

/**
 * Posts the emulator's event of `type` about `objectId`, signed as Stripe signs it, to the platform webhook route;
 * answers the event.
 */
export async function deliverPlatformEvent(api: { post: Post }, type: string, objectId: string): Promise<Stripe.Event> {
  const event = await waitFor(async () => {
    const { data } = await emulator<{ data: Stripe.Event[] }>("GET", `/events?type=${type}`)
    return data.find((candidate) => (candidate.data.object as { id: string }).id === objectId)
  }, `the emulator's ${type} event`)
  const payload = JSON.stringify(event)
  const response = await api.post("/hooks/stripe-connect/platform", payload, {
    headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, PLATFORM_SECRET) },
    validateStatus: () => true,
    transformRequest: [(data: string) => data],
  })
  if (response.status !== 200) {
    throw new Error(`the platform webhook route answered ${response.status} to ${type}`)
  }
  return event
}
