import { emulatorControl } from "../helpers/e2e"
import { adminApi, eventually } from "./helpers/admin-api"
import { confirmPrompt, fillFields, openDialog, submit, tableRow, waitForText } from "./helpers/dashboard"
import { confirmedPayment, connectedIntegration, onboardedAccount } from "./helpers/stripe-setup"
import { e2eSuite, pageShot } from "./helpers/suite"

jest.setTimeout(600_000)

const suite = e2eSuite()
const { url } = suite

describe("admin dashboard with the Stripe Connect plugin", () => {
  it("should log in through the dashboard's form and reach the orders page", async () => {
    await suite.signedIn("log-in", suite.app.seed.super_admin, async (page) => {
      await page.getByRole("heading", { name: "Orders" }).first().waitFor()
      expect(new URL(page.url()).pathname).toBe("/app/orders")
    })
  })

  it("should create a connected account, get its onboarding link, and show the refused dashboard link (401 account_not_onboarded) without logging out", async () => {
    await suite.signedIn("create-account", suite.app.seed.super_admin, async (page) => {
      await page.goto(url("/settings/stripe-connect/accounts"))
      const modal = await openDialog(page, "Create account")
      await fillFields(modal, {
        'input[name="merchant_id"]': "merchant_ui_1",
        'input[name="email"]': "shop@example.com",
        'input[name="business_name"]': "Corner Shop",
      })
      await submit(modal, "Create")

      await page.waitForURL(/\/settings\/stripe-connect\/accounts\/acct_/)
      const accountId = new URL(page.url()).pathname.split("/").pop() as string
      await page.getByText("merchant_ui_1").first().waitFor()
      await page.getByRole("button", { name: "Get onboarding link" }).click()
      const link = page.getByTestId("account-link").locator("a")
      await link.waitFor()
      const href = (await link.getAttribute("href")) as string
      // The emulator's hosted onboarding page stands in for Stripe's.
      expect(new URL(href).pathname).toMatch(/^\/_emulator\/hosted\/onboarding\//)
      expect(new URL(href).port).toBe(new URL(suite.app.emulatorUrl).port)
      expect(new URL(href).searchParams.get("account")).toBe(accountId)
      await pageShot(page, "account-detail")

      // Before onboarding, the dashboard link is refused with 401 account_not_onboarded: the API's message is shown
      // and the session stays (no redirect to the login page).
      await page.getByRole("button", { name: "Open Stripe dashboard" }).click()
      await page.getByText(`Connected account ${accountId} has not completed onboarding; send an onboarding link first`).waitFor()
      await page.waitForTimeout(1000)
      expect(new URL(page.url()).pathname).toBe(`/app/settings/stripe-connect/accounts/${accountId}`)
      await page.getByText("merchant_ui_1").first().waitFor()

      // The account is in the list with its status badge.
      await page.goto(url("/settings/stripe-connect/accounts"))
      const row = tableRow(page, accountId)
      await row.waitFor()
      await row.getByText("Pending").waitFor()
      await pageShot(page, "accounts")
    })
  })

  it("should create an integration and open the configured authorization page (the emulator's consent page) for it", async () => {
    await suite.signedIn("integration-connect", suite.app.seed.super_admin, async (page) => {
      await page.goto(url("/settings/stripe-connect/integrations"))
      const modal = await openDialog(page, "Create integration")
      await fillFields(modal, { "#integration-name": "Main Stripe account" })
      await submit(modal, "Create")
      await waitForText(page, "Integration created")

      const row = tableRow(page, "Main Stripe account")
      await row.getByText("Pending", { exact: true }).waitFor()
      await pageShot(page, "integrations")
      await row.getByRole("button").last().click()
      const popup = page.context().waitForEvent("page")
      await page.getByRole("menuitem", { name: "Connect with Stripe" }).click()
      const authorizePage = await popup
      const authorizeUrl = new URL(authorizePage.url())
      // medusa-config.ts sets the plugin's oauthAuthorizeUrl to the emulator's stand-in for Stripe's consent page.
      expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(`http://127.0.0.1:${process.env.STRIPE_EMULATOR_PORT}/oauth/authorize`)
      expect(authorizeUrl.searchParams.get("redirect_uri")).toBe(`${suite.app.baseUrl}/stripe-connect/oauth/callback`)
      expect(authorizeUrl.searchParams.get("state")).toBeTruthy()
    })
  })

  it("should show the validation error for overlapping fee tiers, save valid tiers and calculate a fee with them", async () => {
    await suite.signedIn("fee-tiers", suite.app.seed.super_admin, async (page) => {
      await page.goto(url("/settings/stripe-connect/fees"))
      const drawer = await openDialog(page, "Edit fees")
      await drawer.getByRole("button", { name: "Add tier" }).click()
      await drawer.getByRole("button", { name: "Add tier" }).click()
      await fillFields(drawer, {
        'input[name="fee_tiers[0].volume_min"]': "0",
        'input[name="fee_tiers[0].volume_max"]': "10000",
        'input[name="fee_tiers[0].fee_percent"]': "3",
        'input[name="fee_tiers[1].volume_min"]': "5000",
        'input[name="fee_tiers[1].fee_percent"]': "2",
      })

      const overlap = drawer.getByRole("alert").filter({ hasText: "fee_tiers[1].volume_min" })
      await overlap.waitFor()
      expect(await overlap.textContent()).toMatch(/must not overlap/)
      expect(await drawer.getByRole("button", { name: "Save" }).isDisabled()).toBe(true)
      await pageShot(page, "fees-editor-error")

      await fillFields(drawer, { 'input[name="fee_tiers[1].volume_min"]': "10001" })
      await overlap.waitFor({ state: "detached" })
      await submit(drawer, "Save")
      await waitForText(page, "Fee configuration saved")

      const saved = await adminApi(page, suite.app).get<{ fee_tiers: unknown[] }>("/admin/stripe-connect/fees")
      expect(saved.fee_tiers).toEqual([
        { volume_min: 0, volume_max: 10000, fee_percent: 3, fee_fixed: 0 },
        { volume_min: 10001, volume_max: null, fee_percent: 2, fee_fixed: 0 },
      ])
      await page.getByRole("cell", { name: "10001 – ∞" }).waitFor()

      // The calculator asks the API: no volume yet this month, so the first tier's 3 % applies.
      await page.locator("#calc-merchant").fill("merchant_ui_1")
      await page.getByRole("button", { name: "Calculate" }).click()
      const preview = page.getByTestId("fee-preview")
      await preview.waitFor()
      expect(await preview.textContent()).toMatch(/^Fee \$3\.00 on \$100\.00 from a volume tier #1; merchant receives \$97\.00/)
      await pageShot(page, "fees")
    })
  })

  it("should replay a failed webhook event from its page", async () => {
    await suite.signedIn("replay-webhook", suite.app.seed.super_admin, async (page) => {
      await page.goto(url("/settings/stripe-connect"))
      await page.getByText("Failed webhook events").waitFor()
      // A super admin sees the plugin's health card with the webhook log's figures.
      await page.getByTestId("stripe-connect-health").getByText("Webhook backlog").waitFor()
      await pageShot(page, "overview")
      await page.goto(url("/settings/stripe-connect/webhook-events"))
      const row = tableRow(page, "e2e.unhandled_event")
      await row.getByText("Failed", { exact: true }).waitFor()
      await pageShot(page, "webhook-events")
      await row.click()

      await page.waitForURL(new RegExp(`/webhook-events/${suite.app.seed.failed_webhook_event_id}$`))
      await page.getByText("handler crashed (seeded for the replay test)").waitFor()
      // super_admin may read payloads: the stored payload is shown.
      await page.getByText('"type": "e2e.unhandled_event"').first().waitFor()
      await page.getByRole("button", { name: "Replay" }).click()
      await confirmPrompt(page, "Replay")
      await waitForText(page, "Event queued for processing")

      // Processing runs in the background; no handler for this type, so it ends "ignored".
      await eventually(
        async () => {
          await page.reload()
          return (await page.getByTestId("webhook-event-status").textContent())?.trim()
        },
        (status) => status === "ignored",
        "the replayed event to be processed"
      )
      await pageShot(page, "webhook-event")
    })
  })

  it("should not show the fee editor to a pos_staff user", async () => {
    await suite.signedIn("pos-staff-fees", suite.app.seed.pos_staff, async (page) => {
      await page.goto(url("/settings/stripe-connect/fees"))
      await page.getByTestId("fees-not-allowed").waitFor()
      expect(await page.getByRole("button", { name: "Edit fees" }).count()).toBe(0)
      expect(await page.getByText("Fee calculator").count()).toBe(0)

      // The overview shows what pos_staff may see (accounts, payments) and no fee card.
      await page.goto(url("/settings/stripe-connect"))
      await page.getByText("Connected accounts").first().waitFor()
      expect(await page.getByText("Default platform fee").count()).toBe(0)
      expect(await page.getByTestId("stripe-connect-health").count()).toBe(0)
    })
  })

  it("should show a manager the webhook events without payloads or the recovery action", async () => {
    await suite.signedIn("manager-webhooks", suite.app.seed.manager, async (page) => {
      await page.goto(url("/settings/stripe-connect/webhook-events"))
      await tableRow(page, "e2e.unhandled_event").waitFor()
      expect(await page.getByRole("button", { name: "Recover missed events" }).count()).toBe(0)

      await page.goto(url(`/settings/stripe-connect/webhook-events/${suite.app.seed.failed_webhook_event_id}`))
      await page.getByText("Your role may not read stored payloads.").waitFor()
      expect(await page.getByText('"type": "e2e.unhandled_event"').count()).toBe(0)
      // Replaying is open to integration staff, managers included.
      await page.getByRole("button", { name: "Replay" }).waitFor()
    })
  })

  it("should show an order's Stripe payment split and capture and refund it from the order page", async () => {
    await suite.signedIn("order-widget", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const accountId = await onboardedAccount(api, suite.app, "merchant_order_1")

      // A $25.00 payment for the order, authorized by the customer, waiting for capture.
      const payment = await confirmedPayment(api, suite.app, {
        account_id: accountId,
        amount: 2500,
        order_id: suite.app.seed.order_id,
        capture_method: "manual",
      })
      await eventually(
        () => api.get<{ status: string }>(`/admin/stripe-connect/payments/${payment.payment_intent_id}`),
        (document) => document.status === "requires_capture",
        "the payment to await capture"
      )

      await page.goto(url(`/orders/${suite.app.seed.order_id}`))
      const widget = page.getByTestId("stripe-payments-widget")
      await widget.waitFor()
      const split = widget.getByTestId("stripe-split-usd")
      await split.getByText("$25.00").first().waitFor()
      const fee = `$${(payment.application_fee / 100).toFixed(2)}`
      await split.getByText(fee).first().waitFor()
      await page.getByTestId("stripe-summary-widget").waitFor()

      await widget.getByRole("button", { name: "Capture" }).click()
      await confirmPrompt(page, "Capture")
      await waitForText(page, "Captured $25.00")

      const drawer = await openDialog(widget, "Refund")
      await fillFields(drawer, { 'input[name="refund-amount"]': "5.00" })
      await submit(drawer, "Refund")
      await confirmPrompt(page, "Refund")
      await waitForText(page, "Refunded $5.00")

      const after = await api.get<{ amount_refunded: number; amount_captured: number }>(`/admin/stripe-connect/payments/${payment.payment_intent_id}`)
      expect(after).toEqual(expect.objectContaining({ amount_captured: 2500, amount_refunded: 500 }))
      await split.getByText("$5.00").first().waitFor()
      await pageShot(page, "order-widget")
      await page.goto(url("/settings/stripe-connect/payments"))
      await tableRow(page, payment.payment_intent_id).waitFor()
      await pageShot(page, "payments")
    })
  })

  it("should send an invoice from the order page, show it paid in the timeline once the customer pays, and refund part of it", async () => {
    await suite.signedIn("order-invoice", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const { account } = await connectedIntegration(page, api, suite.app, "Invoicing account")

      await page.goto(url(`/orders/${suite.app.seed.order_id}`))
      const widget = page.getByTestId("stripe-invoices-widget")
      await widget.getByRole("button", { name: "Send invoice" }).click()
      await confirmPrompt(page, "Send")
      await waitForText(page, "Invoice sent")
      await widget.getByText("Open", { exact: true }).waitFor()
      await widget.getByRole("link", { name: "Open invoice" }).waitFor()

      const invoices = await api.get<{ data: { id: string; stripe_invoice_id: string; total: number }[] }>(
        `/admin/orders/${suite.app.seed.order_id}/stripe-invoices`
      )
      const [invoice] = invoices.data
      expect(invoice.total).toBe(12000)

      // The customer pays at (emulated) Stripe; invoice.paid reaches the store through the account's webhook.
      await emulatorControl(suite.app.emulatorUrl, "POST", `/invoices/${invoice.stripe_invoice_id}/pay`, { account })
      await eventually(
        () => api.get<{ invoice: { status: string } }>(`/admin/stripe-connect/invoices/${invoice.id}`),
        (document) => document.invoice.status === "paid",
        "the invoice to be paid"
      )
      await page.reload()
      await widget.getByText("Paid", { exact: true }).first().waitFor()
      await page.getByTestId(`invoice-timeline-${invoice.id}`).getByText("Invoice paid").waitFor()

      const drawer = await openDialog(widget, "Refund")
      await fillFields(drawer, { 'input[name="invoice-refund-amount"]': "20.00", 'input[name="invoice-refund-reason"]': "damaged frame" })
      await submit(drawer, "Refund")
      await confirmPrompt(page, "Refund")
      await waitForText(page, "Refunded $20.00 of the invoice")
      const refunded = await api.get<{ invoice: { amount_refunded: number } }>(`/admin/stripe-connect/invoices/${invoice.id}`)
      expect(refunded.invoice.amount_refunded).toBe(2000)
      await widget.getByText("$20.00").first().waitFor()
      await pageShot(page, "order-invoice")
    })
  })

  it("should create a transfer to a connected account, see the platform balance drop, and reverse part of it", async () => {
    await suite.signedIn("transfer", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const accountId = await onboardedAccount(api, suite.app, "merchant_transfer_1")
      type Balance = { available: { amount: number; currency: string }[] }
      const usdAvailable = async () =>
        (await api.get<Balance>("/admin/stripe-connect/balance")).available.find((entry) => entry.currency === "usd")?.amount ?? 0
      await emulatorControl(suite.app.emulatorUrl, "POST", "/balance/add", { amount: 100_000, currency: "usd" })
      const before = await usdAvailable()

      await page.goto(url("/settings/stripe-connect/transfers"))
      const modal = await openDialog(page, "Create transfer")
      await fillFields(modal, { "#transfer-account": accountId, "#transfer-amount": "40.00" })
      await submit(modal, "Transfer")
      await confirmPrompt(page, "Transfer")
      await waitForText(page, "Transferred $40.00")

      const row = tableRow(page, accountId)
      await row.getByText("$40.00").first().waitFor()
      expect(await usdAvailable()).toBe(before - 4000)

      const drawer = await openDialog(row, "Reverse")
      await fillFields(drawer, { "#reverse-amount": "15.00" })
      await submit(drawer, "Reverse")
      await confirmPrompt(page, "Reverse")
      await waitForText(page, "Reversed $15.00")
      await row.getByText("$15.00").first().waitFor()
      expect(await usdAvailable()).toBe(before - 2500)
      await pageShot(page, "transfers")

      await page.goto(url("/settings/stripe-connect"))
      await page.getByTestId("platform-balance").getByText("USD").waitFor()
      await pageShot(page, "overview-balance")
    })
  })
})
