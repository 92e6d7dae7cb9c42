// The Stripe side of the demo data, made once Medusa is running: through the plugin's admin API (as the demo
// admin) and the Stripe emulator's control routes, with the plugin's real webhook pipeline bringing Stripe's
// events in. Each part looks for what it would make first, so an interrupted run can simply run again.
import { seedAccounts } from "./accounts.mjs"
import { adminClient, emulatorClient } from "./client.mjs"
import { seedIntegration } from "./integration.mjs"
import { seedInvoicesAndPayLink } from "./invoices.mjs"
import { seedDispute, seedPayments } from "./payments.mjs"
import { seedPayouts } from "./payouts.mjs"
import { seedSellerOrder } from "./sellers.mjs"
import { seedTransfers } from "./transfers.mjs"

/** The orders dev/demo/seed/orders.ts makes: open invoice, paid invoice, pay link, destination charge. */
const ORDER_EMAILS = ["ada@example.com", "grace@example.com", "linus@example.com", "margaret@example.com"]
const SALES_CHANNEL_NAME = "Demo Store"

/**
 * @param {{ baseUrl: string, emulatorUrl: string, email: string, password: string, say: (line: string) => void }} options
 */
export async function seedStripe({ baseUrl, emulatorUrl, email, password, say }) {
  const admin = await adminClient(baseUrl, email, password)
  const emulator = emulatorClient(emulatorUrl)
  const channels = await admin.get(`/admin/sales-channels?name=${encodeURIComponent(SALES_CHANNEL_NAME)}&fields=id`)
  const salesChannelId = channels.sales_channels[0]?.id

  const { orders } = await admin.get("/admin/orders?fields=id,email,total&limit=50")
  const demoOrders = ORDER_EMAILS.map((orderEmail) => orders.find((order) => order.email === orderEmail))
  if (demoOrders.some((order) => !order)) throw new Error(`The demo orders (${ORDER_EMAILS.join(", ")}) are missing; run the Medusa seed first`)

  say("Stripe seed: connected accounts")
  const accounts = await seedAccounts({ admin, emulator, salesChannelId })
  say("Stripe seed: payments over the last 30 days, captures, refunds and a dispute")
  const { charges } = await seedPayments({ admin, emulator, accountId: accounts.active, order: demoOrders[3] })
  await seedDispute({ admin, emulator, charges })
  say("Stripe seed: transfers, a reversal and payouts")
  await seedTransfers({ admin, emulator, accountId: accounts.active })
  await seedPayouts({ admin, emulator, accountId: accounts.active })
  say("Stripe seed: an OAuth integration, invoices and a pay link")
  const integration = await seedIntegration({ admin, emulatorUrl })
  await seedInvoicesAndPayLink({ admin, emulator, integration, orders: demoOrders })
  say("Stripe seed: a marketplace order of three sellers, captured, one seller's items partly refunded")
  const marketplace = await seedSellerOrder({ admin, emulator, baseUrl })
  return {
    accounts,
    integration_id: integration.id,
    order_ids: demoOrders.map((order) => order.id),
    marketplace_order_id: marketplace?.order_id ?? null,
  }
}
