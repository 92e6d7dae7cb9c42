import type Stripe from "stripe"
import type { Emulator } from "./context"
import type { ControlResult } from "./server"
import { completeSession } from "./resources/checkout"
import { sessionFromLink } from "./resources/payment-links"
import { payInvoice } from "./resources/invoices"

/**
 * Minimal hosted pages behind the URLs the emulator hands out (checkout `url`, payment link `url`,
 * `hosted_invoice_url`), so a browser-driven demo or e2e test can "pay": GET shows the amount and a Pay button,
 * POST pays like a customer with `pm_card_visa` and redirects where Stripe would.
 */
const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function page(title: string, amount: number, currency: string, action: string, note = ""): ControlResult {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<h1>${escape(title)}</h1><p data-testid="amount">${amount} ${escape(currency.toUpperCase())} (minor units)</p>${note ? `<p>${escape(note)}</p>` : ""}
<form method="post" action="${escape(action)}"><button type="submit" data-testid="pay">Pay</button></form></body></html>`
  return { status: 200, body: null, html }
}

const done = (message: string): ControlResult => ({ status: 200, body: null, html: `<!doctype html><html><body><h1>${escape(message)}</h1></body></html>` })

function locate<T>(em: Emulator, id: string, kind: string): { scope: string; obj: T } | null {
  const found = em.store.locate(id)
  return found && found.kind === kind ? { scope: found.scope, obj: found.obj as unknown as T } : null
}

export function hostedPage(em: Emulator, method: string, path: string): ControlResult | null {
  const m = /^\/_emulator\/hosted\/(checkout|payment_links|invoices)\/([^/]+)$/.exec(path)
  if (!m) return null
  const [, kind, id] = m
  const action = `/_emulator/hosted/${kind}/${id}`
  if (kind === "checkout") {
    const found = locate<Stripe.Checkout.Session>(em, id, "checkout.session")
    if (!found) return { status: 404, body: null, html: "<h1>Not found</h1>" }
    const s = found.obj
    if (method === "GET") return s.status === "open" ? page("Checkout", s.amount_total ?? 0, s.currency ?? "usd", action) : done(`This session is ${s.status}`)
    completeSession(em, found.scope, s)
    return s.success_url ? { status: 303, body: null, headers: { Location: s.success_url.replace("{CHECKOUT_SESSION_ID}", s.id) } } : done("Payment complete")
  }
  if (kind === "payment_links") {
    const found = locate<Stripe.PaymentLink>(em, id, "payment_link")
    if (!found) return { status: 404, body: null, html: "<h1>Not found</h1>" }
    if (method === "GET") return page("Pay", 0, found.obj.currency, action, "Amount from the link's line items")
    const session = completeSession(em, found.scope, sessionFromLink(em, found.scope, found.obj))
    return done(`Payment complete (${session.id})`)
  }
  const found = locate<Stripe.Invoice>(em, id, "invoice")
  if (!found) return { status: 404, body: null, html: "<h1>Not found</h1>" }
  const inv = found.obj
  if (method === "GET") return inv.status === "open" ? page(`Invoice ${inv.number ?? inv.id}`, inv.amount_remaining, inv.currency, action) : done(`Invoice ${inv.status}`)
  payInvoice(em, found.scope, inv, false)
  return done("Invoice paid")
}
