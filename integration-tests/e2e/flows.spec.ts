import { emulatorControl } from "../helpers/e2e"
import { adminApi, eventually } from "./helpers/admin-api"
import { confirmPrompt, fillFields, openDialog, submit, tableRow, waitForText } from "./helpers/dashboard"
import { confirmedPayment, connectedIntegration, disputedPayment, onboardedAccount } from "./helpers/stripe-setup"
import { e2eSuite, pageShot } from "./helpers/suite"

jest.setTimeout(600_000)

const suite = e2eSuite()
const { url } = suite

describe("admin dashboard: pay links, dispute evidence, disconnecting and recovering missed events", () => {
  it("should create a pay link on an order, copy its URL, and show it completed once the customer pays at Stripe", async () => {
    const clipboard = { permissions: ["clipboard-read", "clipboard-write"] }
    await suite.signedIn(
      "pay-link",
      suite.app.seed.super_admin,
      async (page) => {
        const api = adminApi(page, suite.app)
        await connectedIntegration(page, api, suite.app, "Pay link account")

        await page.goto(url(`/orders/${suite.app.seed.order_id}`))
        const widget = page.getByTestId("stripe-invoices-widget")
        await widget.getByRole("button", { name: "Create pay link" }).click()
        await waitForText(page, "Pay link created")
        const links = widget.getByTestId("pay-links")
        await links.getByText("Open", { exact: true }).waitFor()

        const [link] = (await api.get<{ data: { url: string; amount: number; status: string }[] }>(`/admin/orders/${suite.app.seed.order_id}/stripe-pay-links`)).data
        expect(link).toEqual(expect.objectContaining({ amount: 12000, status: "open" }))
        // Checkout is hosted by (emulated) Stripe.
        expect(new URL(link.url).pathname).toMatch(/^\/_emulator\/hosted\/checkout\/cs_/)

        await links.getByRole("button", { name: "Copy link" }).click()
        await waitForText(page, "Pay link copied")
        await page.getByText(link.url, { exact: true }).waitFor()
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link.url)
        await pageShot(page, "order-pay-link")

        // The customer pays on Stripe's checkout page; checkout.session.completed reaches the store through the
        // integration's webhook.
        const checkout = await page.context().newPage()
        await checkout.goto(link.url)
        await checkout.getByTestId("amount").getByText("12000 USD", { exact: false }).waitFor()
        await checkout.getByTestId("pay").click()
        await checkout.waitForLoadState()
        await checkout.close()
        await eventually(
          async () => (await api.get<{ data: { status: string }[] }>(`/admin/orders/${suite.app.seed.order_id}/stripe-pay-links`)).data[0].status,
          (status) => status === "completed",
          "the pay link to be completed"
        )
        await page.reload()
        await links.getByText("Completed", { exact: true }).waitFor()
        expect(await links.getByRole("button", { name: "Copy link" }).count()).toBe(0)
      },
      clipboard
    )
  })

  it("should list a new dispute as needing a response, save evidence, then upload a receipt file, submit it to Stripe and lock the form", async () => {
    await suite.signedIn("dispute-evidence", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const accountId = await onboardedAccount(api, suite.app, "merchant_dispute_1")
      const payment = await confirmedPayment(api, suite.app, { account_id: accountId, amount: 4200, capture_method: "automatic" })
      const disputeId = await disputedPayment(api, suite.app, payment.payment_intent_id, "product_not_received")
      type Disputes = { data: { dispute_id: string; status: string; submitted_at: string | null; evidence: Record<string, string> }[] }
      const stored = async () => (await api.get<Disputes>(`/admin/stripe-connect/disputes?payment_intent_id=${payment.payment_intent_id}`)).data

      // The page asks the API to order by urgency (across pages), not newest first.
      const listed = page.waitForRequest((request) => {
        const requested = new URL(request.url())
        return requested.pathname === "/admin/stripe-connect/disputes" && requested.searchParams.get("order") === "urgency"
      })
      await page.goto(url("/settings/stripe-connect/disputes"))
      await listed
      const row = tableRow(page, disputeId)
      await row.getByText("needs response").waitFor()
      await row.getByText("product not received").waitFor()
      const drawer = await openDialog(row, "Evidence")
      await fillFields(drawer, {
        "#evidence-customer_name": "Jamie Buyer",
        "#evidence-product_description": "Framed canvas print, delivered by courier",
      })
      await submit(drawer, "Save")
      await waitForText(page, "Evidence saved")
      expect((await stored())[0].evidence).toEqual(
        expect.objectContaining({ customer_name: "Jamie Buyer", product_description: "Framed canvas print, delivered by courier" })
      )
      await pageShot(page, "disputes")

      // Staged evidence stays editable: add the receipt and submit (final).
      await openDialog(row, "Evidence")
      await drawer.locator("#evidence-receipt").setInputFiles({
        name: "receipt.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\n% receipt for order 1001\n"),
      })
      await drawer.getByRole("checkbox").click()
      await submit(drawer, "Submit")
      await confirmPrompt(page, "Submit")
      await waitForText(page, "Evidence submitted to Stripe")

      await row.getByText("Under review").waitFor()
      expect(await row.getByRole("button", { name: "Evidence" }).isDisabled()).toBe(true)
      expect(await stored()).toEqual([
        expect.objectContaining({
          dispute_id: disputeId,
          status: "under_review",
          submitted_at: expect.any(String),
          evidence: {
            customer_name: "Jamie Buyer",
            product_description: "Framed canvas print, delivered by courier",
            receipt: expect.stringMatching(/^file_/),
          },
        }),
      ])
      await pageShot(page, "dispute-submitted")
    })
  })

  it("should disconnect a connected integration after confirming, show it disconnected and offer only reconnecting", async () => {
    await suite.signedIn("integration-disconnect", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const integration = await connectedIntegration(page, api, suite.app, "Outlet account")

      await page.goto(url("/settings/stripe-connect/integrations"))
      const row = tableRow(page, "Outlet account")
      await row.getByText("Connected", { exact: true }).waitFor()
      await row.getByText(integration.account).waitFor()
      await row.getByRole("button").last().click()
      await page.getByRole("menuitem", { name: "Disconnect" }).click()
      await confirmPrompt(page, "Disconnect")
      await waitForText(page, "Outlet account disconnected")

      await row.getByText("Disconnected", { exact: true }).waitFor()
      const stored = await api.get<{ integration: { status: string } }>(`/admin/stripe-connect/integrations/${integration.id}`)
      expect(stored.integration.status).toBe("disconnected")
      await row.getByRole("button").last().click()
      await page.getByRole("menuitem", { name: "Connect with Stripe" }).waitFor()
      expect(await page.getByRole("menuitem", { name: "Disconnect" }).count()).toBe(0)
    })
  })

  it("should recover an event Stripe sent while the webhook endpoint was not delivering and list it", async () => {
    await suite.signedIn("recover-events", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const accountId = await onboardedAccount(api, suite.app, "merchant_recover_1")
      const control = (method: string, route: string, body?: object) => emulatorControl(suite.app.emulatorUrl, method, route, body)

      // Stripe holds the event back (the endpoint is "down"): it exists at Stripe but never reaches the store.
      await control("POST", "/webhooks/config", { auto_deliver: false })
      let missedId: string
      try {
        await control("POST", `/accounts/${accountId}/update`, { requirements: { currently_due: ["external_account"] } })
        const events = (await control("GET", `/events?account=${accountId}&type=account.updated`)) as { data: { id: string }[] }
        missedId = events.data[0].id
      } finally {
        await control("POST", "/webhooks/config", { auto_deliver: true })
      }
      type Events = { data: { stripe_event_id: string }[] }
      const stored = async () => (await api.get<Events>(`/admin/stripe-connect/webhook-events?account=${accountId}&limit=100`)).data
      expect((await stored()).map((event) => event.stripe_event_id)).not.toContain(missedId)

      await page.goto(url("/settings/stripe-connect/webhook-events"))
      await page.getByRole("button", { name: "Recover missed events" }).click()
      await confirmPrompt(page, "Recover")
      await page.getByText(/events checked, [1-9]\d* missed events recovered/).waitFor()

      await tableRow(page, missedId).getByText("account.updated").waitFor()
      expect((await stored()).map((event) => event.stripe_event_id)).toContain(missedId)
      await pageShot(page, "webhook-events-recovered")

      // Searching by the Stripe event id leaves the header row and that event's row.
      await page.getByPlaceholder("Stripe event or object id (evt_..., pi_...)").fill(missedId)
      await eventually(() => page.getByRole("row").count(), (rows) => rows === 2, "the list filtered to one event")
      await tableRow(page, missedId).getByText("account.updated").waitFor()
    })
  })
})
