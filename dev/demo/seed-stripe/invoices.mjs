import { waitUntil } from "./client.mjs"

/**
 * The orders' Stripe side: the first order gets an invoice left open, the second an invoice its customer pays
 * (on the hosted page, played by the emulator), the third a pay link.
 */
export async function seedInvoicesAndPayLink({ admin, emulator, integration, orders }) {
  const [openOrder, paidOrder, linkOrder] = orders
  const invoices = await admin.get(`/admin/orders/${openOrder.id}/stripe-invoices?limit=1`)
  if (invoices.count === 0) {
    await admin.post("/admin/stripe-connect/invoices", { order_id: openOrder.id, integration_id: integration.id, days_until_due: 14, memo: "Thank you for your order" })
    const { invoice } = await admin.post("/admin/stripe-connect/invoices", { order_id: paidOrder.id, integration_id: integration.id, days_until_due: 7 })
    await emulator.control("POST", `/invoices/${invoice.stripe_invoice_id}/pay`, { account: invoice.stripe_account_id })
    await waitUntil(
      `invoice ${invoice.id} to be paid`,
      () => admin.get(`/admin/stripe-connect/invoices/${invoice.id}`),
      (found) => found.invoice.status === "paid"
    )
  }
  const links = await admin.get(`/admin/orders/${linkOrder.id}/stripe-pay-links?limit=1`)
  if (links.count === 0) {
    await admin.post("/admin/stripe-connect/pay-links", { order_id: linkOrder.id, integration_id: integration.id, expires_in_minutes: 1440 })
  }
}
