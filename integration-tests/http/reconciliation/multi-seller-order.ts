import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { syncStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/sync-stripe-payment"
import { planSellerSplitWorkflow } from "../../../src/workflows/seller-transfers/workflows/plan-seller-split"
import { transferSellerSharesWorkflow } from "../../../src/workflows/seller-transfers/workflows/transfer-seller-shares"

type Api = Parameters<typeof onboardedAccount>[0]

/**
 * A Medusa order of two sellers (7000 and 4500 of items) paid by one platform charge of 11500 ("separate charges
 * and transfers", as the checkout makes it): the split planned, captured at Stripe, the payment stored and linked
 * to the order, then the sellers' transfers made, of which Stripe refuses the first `refuseTransfers` (a 400: the
 * split is decided and nothing is paid). Uses the fee configuration as it is.
 */
export async function multiSellerOrder(api: Api, container: MedusaContainer, admin: TestAdmin, refuseTransfers = 0) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const sellers = [
    await onboardedAccount(api, container, admin.headers, "merchant_s1"),
    await onboardedAccount(api, container, admin.headers, "merchant_s2"),
  ]
  const order = await container.resolve(Modules.ORDER).createOrders({
    currency_code: "usd",
    email: "buyer@example.com",
    items: [{ title: "Tile", quantity: 1, unit_price: 115 }],
  })
  const intent = await emulatorStripe().paymentIntents.create({
    amount: 11500,
    currency: "usd",
    capture_method: "manual",
    payment_method: "pm_card_visa",
    confirm: true,
    transfer_group: order.id,
    metadata: { medusa_plugin: "stripe-connect", split: "separate_charges", order_id: order.id },
  })
  await planSellerSplitWorkflow(container).run({
    input: {
      payment_intent_id: intent.id,
      order_id: order.id,
      currency: "usd",
      shipping_amount: 0,
      shipping_tax_amount: 0,
      discount_amount: 0,
      sellers: [
        { account_id: sellers[0], items_amount: 7000, tax_amount: 0 },
        { account_id: sellers[1], items_amount: 4500, tax_amount: 0 },
      ],
    },
  })
  await emulatorStripe().paymentIntents.capture(intent.id)
  await syncStripePaymentWorkflow(container).run({
    input: { payment_intent_id: intent.id, event_type: "payment_intent.succeeded" },
  })
  const [payment] = await service.listStripeConnectPayments({ payment_intent_id: intent.id })
  await service.updateStripeConnectPayments({ id: payment.id, order_id: order.id })
  if (refuseTransfers) {
    await emulator("POST", "/faults", { status: 400, count: refuseTransfers, method: "POST", path: "/v1/transfers" })
  }
  await transferSellerSharesWorkflow(container).run({ input: { payment_intent_id: intent.id } })
  return { order_id: order.id, pi: intent.id, payment }
}

/** Moves Stripe's clock two hours on and makes a charge there, so the platform's ledger holds newer lines. */
export async function laterCharge() {
  await emulator("POST", "/clock/advance", { seconds: 2 * 60 * 60 })
  await emulatorStripe().paymentIntents.create({
    amount: 1000,
    currency: "usd",
    payment_method: "pm_card_visa",
    confirm: true,
  })
}
