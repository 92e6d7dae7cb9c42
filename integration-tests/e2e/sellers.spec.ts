import type { Page } from "playwright-core"
import { emulatorControl } from "../helpers/e2e"
import { marketplace, marketplaceOrder, type Http } from "../helpers/marketplace-order"
import { adminApi, eventually } from "./helpers/admin-api"
import { confirmPrompt, fillFields, openDialog, submit } from "./helpers/dashboard"
import { onboardedAccount } from "./helpers/stripe-setup"
import { e2eSuite, pageShot } from "./helpers/suite"

jest.setTimeout(900_000)

const suite = e2eSuite()
const { url } = suite

const signedIn = (name: string, test: (page: Page) => Promise<void>) =>
  suite.signedIn(`sellers-${name}`, suite.app.seed.super_admin, test)

const api = (page: Page) => adminApi(page, suite.app)

/** The shared marketplace helpers over the page's session (admin), its request context (store) and the emulator. */
function http(page: Page): Http {
  const call = async <T>(
    method: "GET" | "POST",
    path: string,
    headers: Record<string, string>,
    body?: object
  ): Promise<T> => {
    const response = await page.request.fetch(`${suite.app.baseUrl}${path}`, {
      method,
      data: body,
      headers: { "content-type": "application/json", ...headers },
    })
    const json = await response.json()
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${JSON.stringify(json)}`)
    return json as T
  }
  return {
    admin: (method, path, body) => call(method, path, {}, body),
    store: (key, method, path, body) => call(method, path, { "x-publishable-api-key": key }, body),
    emulator: (method, path, body) => emulatorControl(suite.app.emulatorUrl, method, path, body),
  }
}

/**
 * What went wrong in the page while a test ran (uncaught errors, console errors, failed or refused requests, and
 * every load of the main frame: the e2e app serves the dashboard through Vite's dev middleware, which reloads the
 * page when it optimizes a dependency it meets late), so a page that stays blank says why instead of timing out.
 */
function pageProblems(page: Page): string[] {
  const problems: string[] = []
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`))
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`)
  })
  page.on("requestfailed", (request) =>
    problems.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`)
  )
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) problems.push(`loaded: ${frame.url()}`)
  })
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.push(`${response.status()}: ${response.request().method()} ${response.url()}`)
  })
  return problems
}

/** Waits for `wait`; on failure the error carries what the page reported. */
async function orExplain(problems: string[], wait: Promise<unknown>): Promise<void> {
  try {
    await wait
  } catch (error) {
    throw new Error(`${String(error)}\nwhat the page reported:\n${problems.join("\n") || "(none)"}`)
  }
}

type SellerDocument = { account_id: string; status: string; amount_reversed: number; refunded_amount: number }
type SellerItem = { id: string; product_title: string; variant_title: string; quantity: number; amount: number; tax_amount: number }

describe("Sellers of multi-seller orders in the admin", () => {
  it("should show an order's three sellers with their parts, fees, transfers and links to Stripe, and a seller refund's reversal", async () => {
    await signedIn("order-sellers", async (page) => {
      const problems = pageProblems(page)
      await api(page).post("/admin/stripe-connect/fees", {
        default_fee_percent: 10,
        default_fee_fixed: 0,
        fee_tiers: [],
        per_merchant_overrides: [],
      })
      const sellers = [
        await onboardedAccount(api(page), suite.app, "merchant_e2e_prints"),
        await onboardedAccount(api(page), suite.app, "merchant_e2e_tiles"),
        await onboardedAccount(api(page), suite.app, "merchant_e2e_wool"),
      ]
      const market = await marketplace(http(page), "E2E marketplace")
      // Parts 48.00 / 38.00 / 14.90 (no shipping, no tax), 10 % fees: transfers 43.20 / 34.20 / 13.41.
      const order = await marketplaceOrder(http(page), market, [
        { accountId: sellers[0], title: "Harbour print", price: 24, quantity: 2 },
        { accountId: sellers[1], title: "Azulejo tile", price: 9.5, quantity: 4 },
        { accountId: sellers[2], title: "Wool socks", price: 14.9, quantity: 1 },
      ])
      const expected = [
        { account: sellers[0], merchant: "merchant_e2e_prints", part: "€48.00", fee: "€4.80", transfer: "€43.20", item: "2 × Harbour print (One) · €48.00", line: { product_title: "Harbour print", quantity: 2, amount: 4800 } },
        { account: sellers[1], merchant: "merchant_e2e_tiles", part: "€38.00", fee: "€3.80", transfer: "€34.20", item: "4 × Azulejo tile (One) · €38.00", line: { product_title: "Azulejo tile", quantity: 4, amount: 3800 } },
        { account: sellers[2], merchant: "merchant_e2e_wool", part: "€14.90", fee: "€1.49", transfer: "€13.41", item: "1 × Wool socks (One) · €14.90", line: { product_title: "Wool socks", quantity: 1, amount: 1490 } },
      ]
      const rows = await api(page).get<{ data: (SellerDocument & { transfer_id: string; items: SellerItem[] })[] }>(
        `/admin/stripe-connect/orders/${order.orderId}/sellers`
      )
      // Each seller's answer carries its own line of the order, with Medusa's line item id.
      for (const seller of expected) {
        const items = rows.data.find((candidate) => candidate.account_id === seller.account)?.items
        expect(items).toEqual([
          expect.objectContaining({ ...seller.line, variant_title: "One", tax_amount: 0, id: expect.stringMatching(/^ordli_/) }),
        ])
      }

      await page.goto(url(`/orders/${order.orderId}`))
      const widget = page.getByTestId("stripe-sellers-widget")
      await orExplain(problems, widget.getByRole("heading", { name: "Sellers" }).waitFor())
      const rowOf = (account: string) => widget.getByRole("row").filter({ hasText: account })
      for (const seller of expected) {
        const row = rowOf(seller.account)
        await row.getByText(seller.merchant, { exact: true }).waitFor()
        await row.getByText("Transferred", { exact: true }).waitFor()
        // The seller's items are listed under it, and no other seller's.
        const items = row.getByRole("list", { name: `Items of ${seller.account}` })
        expect(await items.getByRole("listitem").allTextContents()).toEqual([seller.item])
        const text = (await row.textContent()) ?? ""
        for (const amount of [seller.part, seller.fee, seller.transfer]) expect(text).toContain(amount)
        const transferId = rows.data.find((candidate) => candidate.account_id === seller.account)?.transfer_id
        expect(transferId).toMatch(/^tr_/)
        // The account and its transfer open in Stripe's dashboard (test mode: the e2e key is a test key).
        const transferLink = row.getByRole("link", { name: transferId as string, exact: true })
        expect(await transferLink.getAttribute("href")).toBe(
          `https://dashboard.stripe.com/test/connect/transfers/${transferId}`
        )
        expect(await transferLink.getAttribute("target")).toBe("_blank")
        const accountLink = row.getByRole("link", { name: seller.account, exact: true })
        expect(await accountLink.getAttribute("href")).toBe(
          `https://dashboard.stripe.com/test/connect/accounts/${seller.account}`
        )
      }
      expect(await widget.getByRole("row").filter({ hasText: /acct_/ }).count()).toBe(3)
      await pageShot(page, "admin-order-sellers", { height: 1600 })

      // One tile (9.50) of the second seller back to the customer, through the seller's own refund drawer.
      const drawer = await openDialog(rowOf(sellers[1]), "Refund")
      await fillFields(drawer, { 'input[name="seller-refund-amount"]': "9.50" })
      await submit(drawer, "Refund")
      await confirmPrompt(page, "Refund")
      await page.getByText(`Refunded; ${sellers[1]}'s transfer reversed by its share`, { exact: true }).waitFor()
      const refunded = await eventually(
        () => api(page).get<{ data: SellerDocument[] }>(`/admin/stripe-connect/orders/${order.orderId}/sellers`),
        (list) => list.data.some((row) => row.account_id === sellers[1] && row.status === "partially_reversed"),
        "the seller's transfer to be partly reversed"
      )
      const tiles = refunded.data.find((row) => row.account_id === sellers[1]) as SellerDocument
      expect(tiles.refunded_amount).toBe(950)
      // 950 of its 3800 part: a quarter of its 3420 transfer.
      expect(tiles.amount_reversed).toBe(855)
      const tilesRow = rowOf(sellers[1])
      await tilesRow.getByText("Partially reversed", { exact: true }).waitFor()
      const after = (await tilesRow.textContent()) ?? ""
      expect(after).toContain("€9.50")
      expect(after).toContain("€8.55")
      for (const other of [sellers[0], sellers[2]])
        await rowOf(other).getByText("Transferred", { exact: true }).waitFor()
      await pageShot(page, "admin-order-sellers-refunded", { height: 1600 })
    })
  })

  it("should choose a product's seller on the product page and clear it", async () => {
    await signedIn("product-seller", async (page) => {
      const problems = pageProblems(page)
      const accountId = await onboardedAccount(api(page), suite.app, "merchant_e2e_seller_ui")
      const { product } = await api(page).post<{ product: { id: string } }>("/admin/products", {
        title: "Seller mug",
        options: [{ title: "Size", values: ["One"] }],
        variants: [{ title: "One", options: { Size: "One" }, prices: [{ amount: 12, currency_code: "usd" }] }],
      })
      const sellerOf = () =>
        api(page).get<{ seller: { account_id: string } | null }>(`/admin/stripe-connect/products/${product.id}/seller`)

      await page.goto(url(`/products/${product.id}`))
      const widget = page.getByTestId("stripe-product-seller-widget")
      await orExplain(
        problems,
        widget.getByText("No seller: the sales channel's account is paid", { exact: true }).waitFor()
      )
      const label = `merchant_e2e_seller_ui (${accountId})`
      const trigger = widget.getByRole("combobox", { name: "Choose the seller" })
      await trigger.click()
      await page.getByRole("option", { name: label, exact: true }).click()
      await page.getByText("Seller saved", { exact: true }).first().waitFor()
      await eventually(sellerOf, (found) => found.seller?.account_id === accountId, "the product's seller to be saved")
      await widget.getByText(label, { exact: true }).first().waitFor()

      await widget.getByRole("button", { name: "Clear", exact: true }).click()
      await eventually(sellerOf, (found) => found.seller === null, "the product's seller to be cleared")
      await widget.getByText("No seller: the sales channel's account is paid", { exact: true }).waitFor()
    })
  })
})
