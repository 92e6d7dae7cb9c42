import { emulatorControl } from "../helpers/e2e"
import { adminApi, eventually } from "./helpers/admin-api"
import { fillFields, openDialog, submit, tableRow, waitForText } from "./helpers/dashboard"
import { confirmedPayment, onboardedAccount } from "./helpers/stripe-setup"
import { e2eSuite, pageShot } from "./helpers/suite"
import type { PayoutRunningBalanceDocument } from "../../src/shared/types/payout-running-balance"
import type { LedgerDailyTotalsDocument } from "../../src/shared/types/reconciliation"

jest.setTimeout(600_000)

const suite = e2eSuite()
const { url } = suite
const RECON = "/admin/stripe-connect/reconciliation"

type Mismatch = { id: string; reason: string; state: string; note: string | null; actual_amount: number | null }

/** Minor units of usd as the dashboard writes them in English ("$12.34"). */
const usd = (minor: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(minor / 100)

describe("admin dashboard: reconciliation", () => {
  it("should show an automatic payout with its figures and lines, and explain an unknown charge with a note", async () => {
    await suite.signedIn("reconciliation", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const accountId = await onboardedAccount(api, suite.app, "merchant_recon_1")
      const payment = await confirmedPayment(api, suite.app, {
        account_id: accountId,
        amount: 2500,
        order_id: suite.app.seed.order_id,
        capture_method: "automatic",
      })
      await eventually(
        () => api.get<{ status: string }>(`/admin/stripe-connect/payments/${payment.payment_intent_id}`),
        (document) => document.status === "succeeded",
        "the payment to succeed"
      )
      // A charge made at Stripe directly, which no order explains.
      const stray = await fetch(`${suite.app.emulatorUrl}/v1/payment_intents`, {
        method: "POST",
        headers: { authorization: "Bearer sk_test_emulator_platform_key", "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ amount: "1234", currency: "usd", payment_method: "pm_card_visa", confirm: "true" }),
      })
      expect(stray.status).toBe(200)
      await emulatorControl(suite.app.emulatorUrl, "POST", "/balance/make_available")
      const payout = (await emulatorControl(suite.app.emulatorUrl, "POST", "/payouts/automatic", { account: accountId })) as { id: string }
      const synced = await api.post<{ failed: unknown[] }>("/admin/stripe-connect/balance-transactions/sync", {})
      expect(synced.failed).toEqual([])

      // The order page's money trail: the charge, its fee, the transfer to the account and the automatic payout.
      await page.goto(url(`/orders/${suite.app.seed.order_id}`))
      const trail = page.getByTestId("stripe-money-trail-widget")
      await trail.getByText("Money trail").waitFor()
      await trail.getByTestId("money-trail-charge-amount").getByText("$25.00").waitFor()
      await trail.getByTestId("money-trail-fee").getByText("Platform fee").waitFor()
      await trail.getByTestId("money-trail-transfer-amount").getByText(`Transfer to ${accountId}`).waitFor()
      await trail.getByTestId("money-trail-payout").getByText(payout.id).first().waitFor()
      await pageShot(page, "order-money-trail")

      await page.goto(url("/settings/stripe-connect/reconciliation"))
      const payoutRow = tableRow(page, payout.id)
      await payoutRow.getByText(accountId).waitFor()
      await payoutRow.getByText("$25.00").first().waitFor()
      await payoutRow.getByText("1 of 1").waitFor()

      // The payout's lines, with the order the destination payment was for.
      await payoutRow.click()
      const drawer = page.getByRole("dialog")
      await drawer.getByText(`Lines of ${payout.id}`).waitFor()
      const lines = drawer.getByTestId("payout-lines")
      // The destination payment's line: its type and what explains it are both "Payment", with the order's link.
      const orderLine = lines.getByRole("row").filter({ has: page.getByRole("link", { name: suite.app.seed.order_id }) })
      await orderLine.getByText("$25.00").first().waitFor()
      expect(await orderLine.getByRole("cell", { name: "Payment", exact: true }).count()).toBe(2)
      const exportHref = await drawer.getByRole("link", { name: "Export CSV" }).getAttribute("href")
      expect(exportHref).toContain(`${RECON}/export.csv?payout_id=${payout.id}`)
      await pageShot(page, "reconciliation-lines")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })

      // The stray charge is an open mismatch; explaining it with a note takes it out of the open list.
      const mismatches = page.getByTestId("reconciliation-mismatches")
      const mismatchRow = mismatches.getByRole("row").filter({ hasText: "Unknown charge" })
      await mismatchRow.getByText("$12.34").waitFor()
      await pageShot(page, "reconciliation")
      const explain = await openDialog(mismatchRow, "Explain")
      await submit(explain, "Explain")
      await explain.getByText("Write a note that explains the mismatch.").waitFor()
      await fillFields(explain, { "#mismatch-note": "Test charge made in the Stripe dashboard" })
      await submit(explain, "Explain")
      await waitForText(page, "Mismatch explained")
      await mismatchRow.waitFor({ state: "detached" })

      const explained = (await api.get<{ data: Mismatch[] }>(`${RECON}/mismatches?reason=unknown_charge`)).data
      expect(explained).toEqual([
        expect.objectContaining({ state: "explained", note: "Test charge made in the Stripe dashboard", actual_amount: 1234 }),
      ])
    })
  })

  it("should show a manual payout's running balance in its drawer, and the ledger's daily totals as the route gives them", async () => {
    await suite.signedIn("reconciliation-balance", suite.app.seed.super_admin, async (page) => {
      const api = adminApi(page, suite.app)
      const accountId = await onboardedAccount(api, suite.app, "merchant_recon_2")
      const payment = await confirmedPayment(api, suite.app, { account_id: accountId, amount: 4000, capture_method: "automatic" })
      await eventually(
        () => api.get<{ status: string }>(`/admin/stripe-connect/payments/${payment.payment_intent_id}`),
        (document) => document.status === "succeeded",
        "the payment to succeed"
      )
      await emulatorControl(suite.app.emulatorUrl, "POST", "/balance/make_available")
      const payout = await api.post<{ payout_id: string }>(`/admin/stripe-connect/accounts/${accountId}/payouts`, {
        amount: 1500,
        currency: "usd",
      })
      const synced = await api.post<{ failed: unknown[] }>("/admin/stripe-connect/balance-transactions/sync", {})
      expect(synced.failed).toEqual([])
      const running = await api.get<PayoutRunningBalanceDocument>(`${RECON}/payouts/${payout.payout_id}/running-balance`)
      expect(running.payout).toMatchObject({ automatic: false, amount: 1500 })
      expect(running.balance_after).toBe(running.balance_before + running.period.net - 1500)
      const daily = await api.get<LedgerDailyTotalsDocument>(`${RECON}/daily-totals?days=30`)
      const account = daily.data.find((balance) => balance.account_id === accountId && balance.currency === "usd")
      expect(account?.totals.gross_volume).toBe(4000)

      await page.goto(url("/settings/stripe-connect/reconciliation"))
      // A manual payout settles no lines: its drawer shows the balance's lines before it and the balance around it.
      const payoutRow = tableRow(page, payout.payout_id)
      await payoutRow.getByText("0 of 0").waitFor()
      await payoutRow.click()
      const drawer = page.getByRole("dialog")
      const balance = drawer.getByTestId("payout-running-balance")
      await balance.getByText("the lines of its balance since the ledger's first line", { exact: false }).waitFor()
      await balance.getByTestId("running-balance-before").getByText(usd(running.balance_before)).waitFor()
      await balance.getByTestId("running-balance-period").getByText(usd(running.period.net)).waitFor()
      await balance.getByTestId("running-balance-after").getByText(usd(running.balance_after)).waitFor()
      const periodLines = drawer.getByTestId("payout-period-lines")
      for (const line of running.data) {
        await periodLines.getByRole("row").filter({ hasText: line.id }).waitFor()
      }
      await pageShot(page, "reconciliation-running-balance")
      await page.keyboard.press("Escape")
      await drawer.waitFor({ state: "hidden" })

      // The ledger's daily totals: the account's window totals on screen are the route's, to the cent.
      const totals = page.getByTestId("ledger-daily-totals").getByTestId(`ledger-daily-${accountId}-usd`)
      await totals.getByTestId("ledger-total-gross_volume").getByText(usd(account?.totals.gross_volume ?? NaN)).waitFor()
      await totals.getByTestId("ledger-total-payouts").getByText(usd(account?.totals.payouts ?? NaN)).waitFor()
      await totals.getByTestId("ledger-total-net").getByText(usd(account?.totals.net ?? NaN)).waitFor()
      await pageShot(page, "reconciliation-daily-totals")
    })
  })
})
