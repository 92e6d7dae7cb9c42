import type { Browser, Page } from "playwright-core"
import { launchChromium, logIn, saveFailureScreenshot, startE2eApp, type E2eApp } from "../helpers/e2e"

jest.setTimeout(600_000)

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
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  try {
    await test(page)
  } catch (error) {
    await saveFailureScreenshot(page, name)
    throw error
  } finally {
    await context.close()
  }
}

describe("admin dashboard with the Stripe Connect plugin", () => {
  it("should log in and reach the orders page", async () => {
    await inBrowser("log-in", async (page) => {
      await logIn(page, app.baseUrl, app.seed.super_admin)
      await page.getByRole("heading", { name: "Orders" }).first().waitFor({ timeout: 120_000 })
      await page.screenshot({ path: "/tmp/ui-orders.png" })
    })
  })
})
