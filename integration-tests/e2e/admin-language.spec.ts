import type { Page } from "playwright-core"
import { adminApi, eventually } from "./helpers/admin-api"
import { tableRow } from "./helpers/dashboard"
import { confirmedPayment, onboardedAccount } from "./helpers/stripe-setup"
import { e2eSuite, pageShot } from "./helpers/suite"

jest.setTimeout(600_000)

const suite = e2eSuite()
const { url } = suite

/** $1,234.56 as German writes it: "1.234,56 $" (Intl puts a no-break space before the sign). */
const GERMAN_AMOUNT = /^1\.234,56\s\$$/

/**
 * Chooses the dashboard language in the profile drawer, as an admin user does. The dashboard keeps the choice in
 * the browser (i18next's `lng` cookie and local storage), not on the user record, and reads it at start.
 */
async function chooseLanguage(page: Page, displayName: string, code: string): Promise<void> {
  await page.goto(url("/settings/profile/edit"))
  const drawer = page.getByRole("dialog")
  await drawer.getByRole("combobox").click()
  await page.getByRole("option", { name: displayName, exact: true }).click()
  await drawer.getByRole("button", { name: "Save", exact: true }).click()
  await page.waitForFunction((expected) => window.localStorage.getItem("lng") === expected, code)
}

describe("the admin extension in the admin user's language", () => {
  it("should show the plugin's settings page and order widget in German, with German-formatted amounts and dates, after the user switches the dashboard to German", async () => {
    await suite.signedIn("admin-language-de", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const accountId = await onboardedAccount(api, suite.app, "merchant_language_1")
      const payment = await confirmedPayment(api, suite.app, {
        account_id: accountId,
        amount: 123456,
        order_id: suite.app.seed.order_id,
        capture_method: "manual",
      })
      await eventually(
        () => api.get<{ status: string }>(`/admin/stripe-connect/payments/${payment.payment_intent_id}`),
        (document) => document.status === "requires_capture",
        "the payment to await capture"
      )

      // English is the default: the plugin's page speaks it before the switch.
      await page.goto(url("/settings/stripe-connect/payments"))
      await page.getByRole("heading", { name: "Payments", level: 1 }).waitFor()
      await tableRow(page, payment.payment_intent_id).getByText("$1,234.56", { exact: true }).waitFor()

      await chooseLanguage(page, "Deutsch", "de")

      // A settings page of the plugin: heading, section links, column headers, status badge, amount and date.
      await page.goto(url("/settings/stripe-connect/payments"))
      await page.getByRole("heading", { name: "Zahlungen", level: 1 }).waitFor()
      await page.getByRole("navigation", { name: "Bereiche von Stripe Connect" }).getByRole("link", { name: "Verbundene Konten" }).waitFor()
      await page.getByRole("columnheader", { name: "Plattformgebühr" }).waitFor()
      const row = tableRow(page, payment.payment_intent_id)
      await row.getByText("Nicht erfasst", { exact: true }).waitFor()
      await row.getByText(GERMAN_AMOUNT).waitFor()
      // dateStyle "medium" in German: "06.12.2026, 20:17".
      await row.getByText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/).waitFor()
      await page.getByText(/^1 von 1 Seiten$/).waitFor()
      await row.getByRole("button", { name: "Erfassen" }).waitFor()
      expect(await page.getByRole("columnheader", { name: "Platform fee" }).count()).toBe(0)
      await pageShot(page, "payments-de")

      // The order page's widgets: headings, split labels and the amount the German way.
      await page.goto(url(`/orders/${suite.app.seed.order_id}`))
      const widget = page.getByTestId("stripe-payments-widget")
      await widget.getByRole("heading", { name: "Stripe-Connect-Zahlungen" }).waitFor()
      const split = widget.getByTestId("stripe-split-usd")
      await split.getByText("Anteil des Händlers", { exact: true }).waitFor()
      await split.getByText("Wartet auf Erfassung", { exact: true }).waitFor()
      expect(await split.getByText(GERMAN_AMOUNT).count()).toBeGreaterThan(0)
      await page.getByTestId("stripe-summary-widget").getByText("Plattformgebühr", { exact: true }).waitFor()
      await page.getByTestId("stripe-invoices-widget").getByRole("heading", { name: "Stripe-Rechnungen" }).waitFor()
      await pageShot(page, "order-widgets-de")
    })
  })
})
