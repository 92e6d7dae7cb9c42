import path from "node:path"
import type { APIRequestContext, Browser, Page } from "playwright-core"
import { emulatorControl, launchChromium, logIn, saveFailureScreenshot, startE2eApp, type E2eApp } from "../helpers/e2e"

jest.setTimeout(600_000)

// Set E2E_PAGE_SCREENSHOTS to a folder to keep a picture of each page the tests reach (for looking at them).
const PAGE_SHOTS = process.env.E2E_PAGE_SCREENSHOTS

let app: E2eApp
let browser: Browser

beforeAll(async () => {
  app = await startE2eApp()
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

/** Runs a browser test in a fresh context; on failure saves a screenshot named after the test. */
async function inBrowser(name: string, test: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  try {
    await test(page)
  } catch (error) {
    await saveFailureScreenshot(page, name)
    throw error
  } finally {
    await context.close()
  }
}

async function pageShot(page: Page, name: string) {
  if (!PAGE_SHOTS) return
  await page.waitForLoadState("networkidle").catch(() => undefined)
  await page.screenshot({ path: path.join(PAGE_SHOTS, `${name}.png`) })
}

const url = (route: string) => `${app.baseUrl}/app${route}`

/** A plugin API call with the browser's session cookie (what the dashboard itself would send). */
async function apiCall<T>(request: APIRequestContext, method: "GET" | "POST", route: string, data?: object): Promise<T> {
  const response = await request.fetch(`${app.baseUrl}${route}`, { method, data, headers: { "content-type": "application/json" } })
  const body = await response.json()
  if (!response.ok()) throw new Error(`${method} ${route}: ${response.status()} ${JSON.stringify(body)}`)
  return body as T
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T | undefined
  while (Date.now() < deadline) {
    last = await read()
    if (done(last)) return last
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`)
}

/** Confirms the dashboard's prompt (usePrompt) with its confirm button. */
async function confirmPrompt(page: Page, confirmText: string) {
  const dialog = page.getByRole("alertdialog")
  await dialog.waitFor()
  await dialog.getByRole("button", { name: confirmText, exact: true }).click()
}

describe("admin dashboard with the Stripe Connect plugin", () => {
  it("should log in through the dashboard's form and reach the orders page", async () => {
    await inBrowser("log-in", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)
      await page.getByRole("heading", { name: "Orders" }).first().waitFor()
      expect(new URL(page.url()).pathname).toBe("/app/orders")
    })
  })

  it("should create a connected account, get its onboarding link, and show the refused dashboard link (401 account_not_onboarded) without logging out", async () => {
    await inBrowser("create-account", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)
      await page.goto(url("/settings/stripe-connect/accounts"))
      await page.getByRole("button", { name: "Create account" }).click()
      const modal = page.getByRole("dialog")
      await modal.locator('input[name="merchant_id"]').fill("merchant_ui_1")
      await modal.locator('input[name="email"]').fill("shop@example.com")
      await modal.locator('input[name="business_name"]').fill("Corner Shop")
      await modal.getByRole("button", { name: "Create", exact: true }).click()

      await page.waitForURL(/\/settings\/stripe-connect\/accounts\/acct_/)
      const accountId = new URL(page.url()).pathname.split("/").pop() as string
      await page.getByText("merchant_ui_1").first().waitFor()
      await page.getByRole("button", { name: "Get onboarding link" }).click()
      const link = page.getByTestId("account-link").locator("a")
      await link.waitFor()
      const href = (await link.getAttribute("href")) as string
      // The emulator's hosted onboarding page stands in for Stripe's.
      expect(new URL(href).pathname).toMatch(/^\/_emulator\/hosted\/onboarding\//)
      expect(new URL(href).port).toBe(new URL(app.emulatorUrl).port)
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
      const row = page.getByRole("row").filter({ hasText: accountId })
      await row.waitFor()
      await row.getByText("Pending").waitFor()
      await pageShot(page, "accounts")
    })
  })

  it("should create an integration and open Stripe's authorization page for it", async () => {
    await inBrowser("integration-connect", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)
      await page.goto(url("/settings/stripe-connect/integrations"))
      await page.getByRole("button", { name: "Create integration" }).click()
      const modal = page.getByRole("dialog")
      await modal.locator("#integration-name").fill("Main Stripe account")
      await modal.getByRole("button", { name: "Create", exact: true }).click()
      await page.getByText("Integration created", { exact: true }).waitFor()

      const row = page.getByRole("row").filter({ hasText: "Main Stripe account" })
      await row.getByText("Pending", { exact: true }).waitFor()
      await pageShot(page, "integrations")
      // No network here: Stripe's OAuth page is answered by a stub, so the tab that opens keeps its address.
      await page.context().route("https://connect.stripe.com/**", (route) =>
        route.fulfill({ status: 200, contentType: "text/html", body: "<h1>Stripe OAuth (stub)</h1>" })
      )
      await row.getByRole("button").last().click()
      const popup = page.context().waitForEvent("page")
      await page.getByRole("menuitem", { name: "Connect with Stripe" }).click()
      const authorizePage = await popup
      const authorizeUrl = new URL(authorizePage.url())
      expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe("https://connect.stripe.com/oauth/authorize")
      expect(authorizeUrl.searchParams.get("redirect_uri")).toBe(`${app.baseUrl}/stripe-connect/oauth/callback`)
      expect(authorizeUrl.searchParams.get("state")).toBeTruthy()
    })
  })

  it("should show the validation error for overlapping fee tiers, save valid tiers and calculate a fee with them", async () => {
    await inBrowser("fee-tiers", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)
      await page.goto(url("/settings/stripe-connect/fees"))
      await page.getByRole("button", { name: "Edit fees" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByRole("button", { name: "Add tier" }).click()
      await drawer.getByRole("button", { name: "Add tier" }).click()
      await drawer.locator('input[name="fee_tiers[0].volume_min"]').fill("0")
      await drawer.locator('input[name="fee_tiers[0].volume_max"]').fill("10000")
      await drawer.locator('input[name="fee_tiers[0].fee_percent"]').fill("3")
      await drawer.locator('input[name="fee_tiers[1].volume_min"]').fill("5000")
      await drawer.locator('input[name="fee_tiers[1].fee_percent"]').fill("2")

      const overlap = drawer.getByRole("alert").filter({ hasText: "fee_tiers[1].volume_min" })
      await overlap.waitFor()
      expect(await overlap.textContent()).toMatch(/must not overlap/)
      expect(await drawer.getByRole("button", { name: "Save" }).isDisabled()).toBe(true)
      await pageShot(page, "fees-editor-error")

      await drawer.locator('input[name="fee_tiers[1].volume_min"]').fill("10001")
      await overlap.waitFor({ state: "detached" })
      await drawer.getByRole("button", { name: "Save" }).click()
      await page.getByText("Fee configuration saved", { exact: true }).waitFor()

      const saved = await apiCall<{ fee_tiers: unknown[] }>(page.request, "GET", "/admin/stripe-connect/fees")
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
    await inBrowser("replay-webhook", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)
      await page.goto(url("/settings/stripe-connect"))
      await page.getByText("Failed webhook events").waitFor()
      await pageShot(page, "overview")
      await page.goto(url("/settings/stripe-connect/webhook-events"))
      const row = page.getByRole("row").filter({ hasText: "e2e.unhandled_event" })
      await row.getByText("Failed", { exact: true }).waitFor()
      await pageShot(page, "webhook-events")
      await row.click()

      await page.waitForURL(new RegExp(`/webhook-events/${app.seed.failed_webhook_event_id}$`))
      await page.getByText("handler crashed (seeded for the replay test)").waitFor()
      // super_admin may read payloads: the stored payload is shown.
      await page.getByText('"type": "e2e.unhandled_event"').first().waitFor()
      await page.getByRole("button", { name: "Replay" }).click()
      await confirmPrompt(page, "Replay")
      await page.getByText("Event queued for processing", { exact: true }).waitFor()

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
    await inBrowser("pos-staff-fees", async (page) => {
      await logIn(page, app.baseUrl, app.seed.pos_staff)
      await page.goto(url("/settings/stripe-connect/fees"))
      await page.getByTestId("fees-not-allowed").waitFor()
      expect(await page.getByRole("button", { name: "Edit fees" }).count()).toBe(0)
      expect(await page.getByText("Fee calculator").count()).toBe(0)

      // The overview shows what pos_staff may see (accounts, payments) and no fee card.
      await page.goto(url("/settings/stripe-connect"))
      await page.getByText("Connected accounts").first().waitFor()
      expect(await page.getByText("Default platform fee").count()).toBe(0)
    })
  })

  it("should show a manager the webhook events without payloads or the recovery action", async () => {
    await inBrowser("manager-webhooks", async (page) => {
      await logIn(page, app.baseUrl, app.seed.manager)
      await page.goto(url("/settings/stripe-connect/webhook-events"))
      await page.getByRole("row").filter({ hasText: "e2e.unhandled_event" }).waitFor()
      expect(await page.getByRole("button", { name: "Recover missed events" }).count()).toBe(0)

      await page.goto(url(`/settings/stripe-connect/webhook-events/${app.seed.failed_webhook_event_id}`))
      await page.getByText("Your role may not read stored payloads.").waitFor()
      expect(await page.getByText('"type": "e2e.unhandled_event"').count()).toBe(0)
      // Replaying is open to integration staff, managers included.
      await page.getByRole("button", { name: "Replay" }).waitFor()
    })
  })

  it("should show an order's Stripe payment split and capture and refund it from the order page", async () => {
    await inBrowser("order-widget", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)

      // A merchant onboarded at (emulated) Stripe; its account.updated reaches the store through the webhook.
      const created = await apiCall<{ account_id: string }>(page.request, "POST", "/admin/stripe-connect/accounts", {
        merchant_id: "merchant_order_1",
        account_type: "express",
        country: "US",
      })
      await emulatorControl(app.emulatorUrl, "POST", `/accounts/${created.account_id}/complete_onboarding`)
      await eventually(
        () => apiCall<{ status: string }>(page.request, "GET", `/admin/stripe-connect/accounts/${created.account_id}`),
        (account) => account.status === "active",
        "the account to become active"
      )

      // A $25.00 payment for the order, authorized by the customer, waiting for capture.
      const payment = await apiCall<{ payment_intent_id: string; application_fee: number }>(page.request, "POST", "/admin/stripe-connect/payments", {
        account_id: created.account_id,
        amount: 2500,
        currency: "usd",
        order_id: app.seed.order_id,
        capture_method: "manual",
      })
      await emulatorControl(app.emulatorUrl, "POST", `/payment_intents/${payment.payment_intent_id}/confirm`, { payment_method: "pm_card_visa" })
      await eventually(
        () => apiCall<{ status: string }>(page.request, "GET", `/admin/stripe-connect/payments/${payment.payment_intent_id}`),
        (document) => document.status === "requires_capture",
        "the payment to await capture"
      )

      await page.goto(url(`/orders/${app.seed.order_id}`))
      const widget = page.getByTestId("stripe-payments-widget")
      await widget.waitFor()
      const split = widget.getByTestId("stripe-split-usd")
      await split.getByText("$25.00").first().waitFor()
      const fee = `$${(payment.application_fee / 100).toFixed(2)}`
      await split.getByText(fee).first().waitFor()
      await page.getByTestId("stripe-summary-widget").waitFor()

      await widget.getByRole("button", { name: "Capture" }).click()
      await confirmPrompt(page, "Capture")
      await page.getByText("Captured $25.00", { exact: true }).waitFor()

      await widget.getByRole("button", { name: "Refund" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.locator('input[name="refund-amount"]').fill("5.00")
      await drawer.getByRole("button", { name: "Refund", exact: true }).click()
      await confirmPrompt(page, "Refund")
      await page.getByText("Refunded $5.00", { exact: true }).waitFor()

      const after = await apiCall<{ amount_refunded: number; amount_captured: number }>(
        page.request,
        "GET",
        `/admin/stripe-connect/payments/${payment.payment_intent_id}`
      )
      expect(after).toEqual(expect.objectContaining({ amount_captured: 2500, amount_refunded: 500 }))
      await split.getByText("$5.00").first().waitFor()
      await pageShot(page, "order-widget")
      await page.goto(url("/settings/stripe-connect/payments"))
      await page.getByRole("row").filter({ hasText: payment.payment_intent_id }).waitFor()
      await pageShot(page, "payments")
    })
  })

  it("should send an invoice from the order page, show it paid in the timeline once the customer pays, and refund part of it", async () => {
    await inBrowser("order-invoice", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)

      // An integration connected through OAuth: the emulator plays Stripe's consent page and issues the code.
      const { integration } = await apiCall<{ integration: { id: string } }>(page.request, "POST", "/admin/stripe-connect/integrations", {
        name: "Invoicing account",
      })
      const { authorize_url } = await apiCall<{ authorize_url: string }>(page.request, "POST", `/admin/stripe-connect/integrations/${integration.id}/authorize`, {})
      const state = new URL(authorize_url).searchParams.get("state") as string
      const { code, account } = (await emulatorControl(app.emulatorUrl, "POST", "/oauth/authorize")) as { code: string; account: string }
      const callback = await page.request.get(`${app.baseUrl}/stripe-connect/oauth/callback?${new URLSearchParams({ code, state, scope: "read_write" })}`, {
        maxRedirects: 0,
      })
      expect(callback.status()).toBe(303)

      await page.goto(url(`/orders/${app.seed.order_id}`))
      const widget = page.getByTestId("stripe-invoices-widget")
      await widget.getByRole("button", { name: "Send invoice" }).click()
      await confirmPrompt(page, "Send")
      await page.getByText("Invoice sent", { exact: true }).waitFor()
      await widget.getByText("Open", { exact: true }).waitFor()
      await widget.getByRole("link", { name: "Open invoice" }).waitFor()

      const invoices = await apiCall<{ data: { id: string; stripe_invoice_id: string; total: number }[] }>(
        page.request,
        "GET",
        `/admin/orders/${app.seed.order_id}/stripe-invoices`
      )
      const [invoice] = invoices.data
      expect(invoice.total).toBe(12000)

      // The customer pays at (emulated) Stripe; invoice.paid reaches the store through the account's webhook.
      await emulatorControl(app.emulatorUrl, "POST", `/invoices/${invoice.stripe_invoice_id}/pay`, { account })
      await eventually(
        () => apiCall<{ invoice: { status: string } }>(page.request, "GET", `/admin/stripe-connect/invoices/${invoice.id}`),
        (document) => document.invoice.status === "paid",
        "the invoice to be paid"
      )
      await page.reload()
      await widget.getByText("Paid", { exact: true }).first().waitFor()
      await page.getByTestId(`invoice-timeline-${invoice.id}`).getByText("Invoice paid").waitFor()

      await widget.getByRole("button", { name: "Refund" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.locator('input[name="invoice-refund-amount"]').fill("20.00")
      await drawer.locator('input[name="invoice-refund-reason"]').fill("damaged frame")
      await drawer.getByRole("button", { name: "Refund", exact: true }).click()
      await confirmPrompt(page, "Refund")
      await page.getByText("Refunded $20.00 of the invoice", { exact: true }).waitFor()
      const refunded = await apiCall<{ invoice: { amount_refunded: number } }>(page.request, "GET", `/admin/stripe-connect/invoices/${invoice.id}`)
      expect(refunded.invoice.amount_refunded).toBe(2000)
      await widget.getByText("$20.00").first().waitFor()
      await pageShot(page, "order-invoice")
    })
  })

  it("should create a transfer to a connected account, see the platform balance drop, and reverse part of it", async () => {
    await inBrowser("transfer", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)
      const created = await apiCall<{ account_id: string }>(page.request, "POST", "/admin/stripe-connect/accounts", {
        merchant_id: "merchant_transfer_1",
        account_type: "express",
        country: "US",
      })
      await emulatorControl(app.emulatorUrl, "POST", `/accounts/${created.account_id}/complete_onboarding`)
      await eventually(
        () => apiCall<{ status: string }>(page.request, "GET", `/admin/stripe-connect/accounts/${created.account_id}`),
        (account) => account.status === "active",
        "the account to become active"
      )
      type Balance = { available: { amount: number; currency: string }[] }
      const usdAvailable = (balance: Balance) => balance.available.find((entry) => entry.currency === "usd")?.amount ?? 0
      await emulatorControl(app.emulatorUrl, "POST", "/balance/add", { amount: 100_000, currency: "usd" })
      const before = usdAvailable(await apiCall<Balance>(page.request, "GET", "/admin/stripe-connect/balance"))

      await page.goto(url("/settings/stripe-connect/transfers"))
      await page.getByRole("button", { name: "Create transfer" }).click()
      const modal = page.getByRole("dialog")
      await modal.locator("#transfer-account").fill(created.account_id)
      await modal.locator("#transfer-amount").fill("40.00")
      await modal.getByRole("button", { name: "Transfer", exact: true }).click()
      await confirmPrompt(page, "Transfer")
      await page.getByText("Transferred $40.00", { exact: true }).waitFor()

      const row = page.getByRole("row").filter({ hasText: created.account_id })
      await row.getByText("$40.00").first().waitFor()
      expect(usdAvailable(await apiCall<Balance>(page.request, "GET", "/admin/stripe-connect/balance"))).toBe(before - 4000)

      await row.getByRole("button", { name: "Reverse" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.locator("#reverse-amount").fill("15.00")
      await drawer.getByRole("button", { name: "Reverse", exact: true }).click()
      await confirmPrompt(page, "Reverse")
      await page.getByText("Reversed $15.00", { exact: true }).waitFor()
      await row.getByText("$15.00").first().waitFor()
      expect(usdAvailable(await apiCall<Balance>(page.request, "GET", "/admin/stripe-connect/balance"))).toBe(before - 2500)
      await pageShot(page, "transfers")

      await page.goto(url("/settings/stripe-connect"))
      await page.getByTestId("platform-balance").getByText("USD").waitFor()
      await pageShot(page, "overview-balance")
    })
  })

  it("should list a new dispute as needing a response and save evidence for it", async () => {
    await inBrowser("dispute-evidence", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)
      const created = await apiCall<{ account_id: string }>(page.request, "POST", "/admin/stripe-connect/accounts", {
        merchant_id: "merchant_dispute_1",
        account_type: "express",
        country: "US",
      })
      await emulatorControl(app.emulatorUrl, "POST", `/accounts/${created.account_id}/complete_onboarding`)
      await eventually(
        () => apiCall<{ status: string }>(page.request, "GET", `/admin/stripe-connect/accounts/${created.account_id}`),
        (account) => account.status === "active",
        "the account to become active"
      )
      const payment = await apiCall<{ payment_intent_id: string }>(page.request, "POST", "/admin/stripe-connect/payments", {
        account_id: created.account_id,
        amount: 4200,
        currency: "usd",
        capture_method: "automatic",
      })
      await emulatorControl(app.emulatorUrl, "POST", `/payment_intents/${payment.payment_intent_id}/confirm`, { payment_method: "pm_card_visa" })
      const intent = (await (
        await fetch(`${app.emulatorUrl}/v1/payment_intents/${payment.payment_intent_id}`, { headers: { authorization: "Bearer sk_test_emulator_platform_key" } })
      ).json()) as { latest_charge: string }
      // The cardholder disputes the charge; charge.dispute.created reaches the store through the platform webhook.
      await emulatorControl(app.emulatorUrl, "POST", `/charges/${intent.latest_charge}/dispute`, { reason: "product_not_received" })
      const disputes = await eventually(
        () => apiCall<{ data: { dispute_id: string; status: string }[] }>(page.request, "GET", "/admin/stripe-connect/disputes"),
        (list) => list.data.length > 0,
        "the dispute to be stored"
      )
      const disputeId = disputes.data[0].dispute_id

      await page.goto(url("/settings/stripe-connect/disputes"))
      const row = page.getByRole("row").filter({ hasText: disputeId })
      await row.getByText("needs response").waitFor()
      await row.getByText("product not received").waitFor()
      await row.getByRole("button", { name: "Evidence" }).click()
      const drawer = page.getByRole("dialog")
      await drawer.locator("#evidence-customer_name").fill("Jamie Buyer")
      await drawer.locator("#evidence-product_description").fill("Framed canvas print, delivered by courier")
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await page.getByText("Evidence saved", { exact: true }).waitFor()
      const after = await apiCall<{ data: { dispute_id: string; evidence: Record<string, unknown> }[] }>(page.request, "GET", "/admin/stripe-connect/disputes")
      expect(after.data.find((d) => d.dispute_id === disputeId)?.evidence).toEqual(
        expect.objectContaining({ customer_name: "Jamie Buyer", product_description: "Framed canvas print, delivered by courier" })
      )
      await pageShot(page, "disputes")
    })
  })
})
