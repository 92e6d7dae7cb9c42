import type { Page } from "playwright-core"
import { emulatorControl } from "../helpers/e2e"
import { adminApi, eventually } from "./helpers/admin-api"
import { confirmPrompt } from "./helpers/dashboard"
import { e2eSuite, pageShot } from "./helpers/suite"

jest.setTimeout(600_000)

const suite = e2eSuite()
const { url } = suite

/** Runs a browser test signed in (as the super admin by default); on failure saves a screenshot. */
const signedIn = (name: string, test: (page: Page) => Promise<void>, user = suite.app.seed.super_admin) =>
  suite.signedIn(`account-tools-${name}`, user, test)

/** Plugin and Medusa API calls with the page's session cookie. */
const api = (page: Page) => adminApi(page, suite.app)

/** Picks an option of one of @medusajs/ui's Selects (a Radix combobox) by its label. */
async function choose(page: Page, scope: Page | ReturnType<Page["getByRole"]>, combobox: string, option: string) {
  const trigger = scope.getByRole("combobox", { name: combobox })
  await trigger.scrollIntoViewIfNeeded()
  await trigger.click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

/** A connected account created through the API and onboarded at (emulated) Stripe; its webhook makes it active. */
async function activeAccount(page: Page, merchantId: string): Promise<string> {
  const created = await api(page).post<{ account_id: string }>("/admin/stripe-connect/accounts", {
    merchant_id: merchantId,
    account_type: "express",
    country: "US",
    email: `${merchantId}@example.com`,
    business_profile: { name: `Shop ${merchantId}` },
  })
  await emulatorControl(suite.app.emulatorUrl, "POST", `/accounts/${created.account_id}/complete_onboarding`)
  await eventually(
    () => api(page).get<{ status: string; payouts_enabled: boolean }>(`/admin/stripe-connect/accounts/${created.account_id}`),
    (account) => account.status === "active" && account.payouts_enabled,
    "the account to become active"
  )
  return created.account_id
}

/** A payment authorized by the (emulated) customer and captured in full through the API. */
async function capturedPayment(page: Page, accountId: string, amount: number, fee: number, currency = "usd"): Promise<string> {
  const payment = await api(page).post<{ payment_intent_id: string }>("/admin/stripe-connect/payments", {
    account_id: accountId,
    amount,
    currency,
    application_fee_amount: fee,
    capture_method: "manual",
  })
  await emulatorControl(suite.app.emulatorUrl, "POST", `/payment_intents/${payment.payment_intent_id}/confirm`, { payment_method: "pm_card_visa" })
  await eventually(
    () => api(page).get<{ status: string }>(`/admin/stripe-connect/payments/${payment.payment_intent_id}`),
    (document) => document.status === "requires_capture",
    "the payment to await capture"
  )
  await api(page).post(`/admin/stripe-connect/payments/${payment.payment_intent_id}/capture`, {})
  return payment.payment_intent_id
}

describe("Stripe Connect overview and account tools in the admin", () => {
  it("should draw the last 30 days of captured payments, fees, refunds and payouts per currency on the overview", async () => {
    await signedIn("overview-chart", async (page) => {
      const accountId = await activeAccount(page, "merchant_chart_1")
      const first = await capturedPayment(page, accountId, 2500, 75)
      await capturedPayment(page, accountId, 4000, 120)
      await api(page).post(`/admin/stripe-connect/payments/${first}/refund`, { amount: 500 })
      await capturedPayment(page, accountId, 1500, 45, "eur")
      await emulatorControl(suite.app.emulatorUrl, "POST", "/balance/add", { account: accountId, amount: 5000, currency: "usd" })
      await api(page).post(`/admin/stripe-connect/accounts/${accountId}/payouts`, { amount: 2000, currency: "usd" })

      await page.goto(url("/settings/stripe-connect"))
      const chart = page.getByTestId("volume-chart")
      await chart.waitFor()
      await page.getByTestId("overview-total-gross_volume").getByText("$65.00", { exact: true }).waitFor()
      await page.getByTestId("overview-total-platform_fees").getByText("$1.95", { exact: true }).waitFor()
      await page.getByTestId("overview-total-refunds").getByText("$5.00", { exact: true }).waitFor()
      await page.getByTestId("overview-total-payouts").getByText("$20.00", { exact: true }).waitFor()
      // Recharts drew today's bar and the three lines across the 30 days.
      await chart.locator(".recharts-bar-rectangle path").first().waitFor()
      expect(await chart.locator(".recharts-line-curve").count()).toBe(3)
      for (const label of ["Gross volume", "Platform fees", "Refunds", "Payouts"]) {
        await chart.locator(".recharts-legend-item-text").getByText(label, { exact: true }).waitFor()
      }
      await page.getByTestId("platform-balance").waitFor()

      // Two currencies: the busiest is drawn first, the other one a choice away.
      await choose(page, page, "Currency", "EUR")
      await page.getByTestId("overview-total-gross_volume").getByText("€15.00", { exact: true }).waitFor()
      await page.getByTestId("overview-total-payouts").getByText("€0.00", { exact: true }).waitFor()
      await choose(page, page, "Currency", "USD")
      await page.getByTestId("overview-total-gross_volume").getByText("$65.00", { exact: true }).waitFor()
      await pageShot(page, "admin-overview", { height: 1150 })
    })
  })

  it("should refuse a payout over the balance with insufficient_balance, then pay out what is there", async () => {
    await signedIn("manual-payout", async (page) => {
      const accountId = await activeAccount(page, "merchant_payout_1")
      await emulatorControl(suite.app.emulatorUrl, "POST", "/balance/add", { account: accountId, amount: 10_000, currency: "usd" })

      const payoutKeys: (string | undefined)[] = []
      page.on("request", (request) => {
        if (request.method() === "POST" && request.url().endsWith(`/accounts/${accountId}/payouts`)) payoutKeys.push(request.headers()["idempotency-key"])
      })
      await page.goto(url(`/settings/stripe-connect/accounts/${accountId}`))
      await page.getByTestId("account-balance").getByText("$100.00").first().waitFor()
      await page.getByRole("button", { name: "Pay out", exact: true }).click()
      const drawer = page.getByRole("dialog")
      await drawer.getByTestId("payout-available").getByText("Available now: $100.00").waitFor()
      await drawer.locator("#payout-amount").fill("250.00")
      await drawer.getByRole("button", { name: "Pay out", exact: true }).click()
      await confirmPrompt(page, "Pay out")
      const refusal = drawer.getByRole("alert")
      await refusal.getByText(/\(insufficient_balance\)$/).waitFor()
      expect(await refusal.textContent()).toContain("Not enough funds")

      await drawer.locator("#payout-amount").fill("30.00")
      await drawer.getByRole("button", { name: "Pay out", exact: true }).click()
      await confirmPrompt(page, "Pay out")
      await page.getByText(/^Payout po_\w+ of \$30\.00 created$/).waitFor()
      await page.getByRole("row").filter({ hasText: "$30.00" }).getByText("pending").waitFor()
      await page.getByTestId("account-balance").getByText("$70.00").first().waitFor()

      const payouts = await api(page).get<{ data: { amount: number; status: string }[] }>(`/admin/stripe-connect/accounts/${accountId}/payouts`)
      expect(payouts.data).toEqual([expect.objectContaining({ amount: 3000, status: "pending" })])
      // Each submission carried a key, and the edited amount a new one (the refused key would answer the refusal again).
      expect(payoutKeys).toEqual([expect.stringMatching(/^[0-9a-f]{32}$/), expect.stringMatching(/^[0-9a-f]{32}$/)])
      expect(payoutKeys[0]).not.toBe(payoutKeys[1])
    })
  })

  it("should show the account's controller properties as Stripe reported them", async () => {
    await signedIn("controller", async (page) => {
      const created = await api(page).post<{ account_id: string }>("/admin/stripe-connect/accounts", {
        merchant_id: "merchant_controller_1",
        account_type: "custom",
        country: "US",
      })
      await page.goto(url(`/settings/stripe-connect/accounts/${created.account_id}`))
      const section = page.getByTestId("account-controller")
      await section.getByText("Controller", { exact: true }).waitFor()
      expect(await section.getByTestId("controller-fees-payer").textContent()).toBe("Platform")
      expect(await section.getByTestId("controller-losses-payer").textContent()).toBe("Platform")
      expect(await section.getByTestId("controller-dashboard").textContent()).toBe("None")
      expect(await section.getByTestId("controller-requirement-collection").textContent()).toBe("Platform")
    })
  })

  it("should link a sales channel by name and save the payout schedule", async () => {
    await signedIn("sales-channel-schedule", async (page) => {
      const accountId = await activeAccount(page, "merchant_channel_1")
      const { sales_channel: channel } = await api(page).post<{ sales_channel: { id: string } }>("/admin/sales-channels", {
        name: "Weekend market",
      })

      await page.goto(url(`/settings/stripe-connect/accounts/${accountId}`))
      const section = page.getByTestId("sales-channels")
      await section.getByText("Not linked to a sales channel").waitFor()
      // The sections above load on their own; choose once the page has stopped moving.
      await page.getByTestId("payout-interval").waitFor()
      await page.getByTestId("account-balance").waitFor()
      await choose(page, section, "Sales channel to link", "Weekend market")
      await section.getByRole("button", { name: "Link", exact: true }).click()
      await page.getByText("Weekend market linked", { exact: true }).waitFor()
      const linked = section.getByTestId("linked-sales-channel")
      await linked.getByText("Weekend market", { exact: true }).waitFor()
      await linked.getByText(channel.id).waitFor()
      const account = await api(page).get<{ sales_channel_ids: string[] }>(`/admin/stripe-connect/accounts/${accountId}`)
      expect(account.sales_channel_ids).toEqual([channel.id])

      await page.getByRole("button", { name: "Edit schedule" }).click()
      const drawer = page.getByRole("dialog")
      await choose(page, drawer, "Interval", "weekly")
      await choose(page, drawer, "Weekday", "friday")
      await drawer.locator("#delay-days").fill("3")
      await drawer.getByRole("button", { name: "Save", exact: true }).click()
      await drawer.waitFor({ state: "detached" })
      await page.getByTestId("payout-interval").getByText("weekly").waitFor()
      const schedule = await api(page).get<{ interval: string; anchor_day: string; delay_days: number }>(
        `/admin/stripe-connect/accounts/${accountId}/payouts/schedule`
      )
      expect(schedule).toEqual(expect.objectContaining({ interval: "weekly", anchor_day: "friday", delay_days: 3 }))

      await emulatorControl(suite.app.emulatorUrl, "POST", "/balance/add", { account: accountId, amount: 12_500, currency: "usd" })
      await api(page).post(`/admin/stripe-connect/accounts/${accountId}/payouts`, { amount: 2500, currency: "usd" })
      await page.reload()
      await page.getByTestId("linked-sales-channel").getByText("Weekend market", { exact: true }).waitFor()
      await page.getByRole("row").filter({ hasText: "$25.00" }).getByText("pending").waitFor()
      await pageShot(page, "admin-account-detail", { height: 1850 })
    })
  })

  it("should list the products an account sells on its page and take one away there", async () => {
    await signedIn("account-products", async (page) => {
      const accountId = await activeAccount(page, "merchant_seller_ui")
      const { product } = await api(page).post<{ product: { id: string } }>("/admin/products", {
        title: "Seller mug",
        options: [{ title: "Size", values: ["One"] }],
        variants: [{ title: "One", options: { Size: "One" }, prices: [{ amount: 12, currency_code: "usd" }] }],
      })
      const sellerOf = () =>
        api(page).get<{ seller: { account_id: string } | null }>(`/admin/stripe-connect/products/${product.id}/seller`)
      await api(page).post(`/admin/stripe-connect/products/${product.id}/seller`, { account_id: accountId })

      await page.goto(url(`/settings/stripe-connect/accounts/${accountId}`))
      const products = page.getByTestId("seller-products")
      await products.getByRole("link", { name: "Seller mug" }).waitFor()
      await products.getByRole("button", { name: "Remove" }).click()
      await confirmPrompt(page, "Remove")
      await eventually(sellerOf, (found) => found.seller === null, "the product's seller to be cleared")
      await products.getByText("This account sells no product yet.").waitFor()
      await page.getByTestId("seller-orders").getByText("No multi-seller order yet.").waitFor()
    })
  })

  it("should show pos_staff the account and its channels but no chart, payouts or linking", async () => {
    let accountId = ""
    await signedIn("pos-staff-setup", async (page) => {
      accountId = await activeAccount(page, "merchant_staff_1")
    })
    await signedIn(
      "pos-staff-view",
      async (page) => {
        await page.goto(url(`/settings/stripe-connect/accounts/${accountId}`))
        await page.getByText("merchant_staff_1").first().waitFor()
        await page.getByTestId("sales-channels").getByText("Not linked to a sales channel").waitFor()
        await page.getByRole("heading", { name: "Requirements" }).waitFor()
        await page.waitForTimeout(1000)
        expect(await page.getByRole("button", { name: "Pay out" }).count()).toBe(0)
        expect(await page.getByRole("heading", { name: "Payouts" }).count()).toBe(0)
        expect(await page.getByRole("button", { name: "Link", exact: true }).count()).toBe(0)

        await page.goto(url("/settings/stripe-connect"))
        await page.getByRole("heading", { name: "Stripe Connect" }).first().waitFor()
        await page.getByText("Destination charges with a platform fee").waitFor()
        expect(await page.getByTestId("volume-chart").count()).toBe(0)
        expect(await page.getByRole("heading", { name: "Last 30 days" }).count()).toBe(0)
      },
      suite.app.seed.pos_staff
    )
  })
})
