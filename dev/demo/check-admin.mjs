// `node dev/demo/check-admin.mjs`: with the demo running, opens its admin in headless Chromium, checks that the
// login page renders, logs in as the demo admin and reaches the orders page. Screenshots go to $SCREENSHOT_DIR
// (default /tmp). Needs Debian's Chromium (apt-get install chromium) or CHROMIUM_PATH.
import path from "node:path"
import { chromium } from "playwright-core"

const baseUrl = `http://localhost:${process.env.PORT || 9000}`
const screenshotDir = process.env.SCREENSHOT_DIR || "/tmp"
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
})
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${baseUrl}/app/login`, { waitUntil: "networkidle", timeout: 180_000 })
  await page.locator('input[name="email"]').waitFor({ timeout: 120_000 })
  await page.screenshot({ path: path.join(screenshotDir, "demo-login.png") })
  process.stdout.write("login page rendered\n")

  await page.fill('input[name="email"]', "admin@example.com")
  await page.fill('input[name="password"]', "supersecret")
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/app\/orders/, { timeout: 120_000 })
  await page.getByRole("heading", { name: "Orders" }).first().waitFor({ timeout: 120_000 })
  await page.waitForLoadState("networkidle")
  // The list has loaded once its skeleton rows are gone (the seed has no orders: Medusa then shows "No records").
  await page.getByText(/No records|No results/).first().waitFor({ timeout: 60_000 })
  await page.screenshot({ path: path.join(screenshotDir, "demo-orders.png") })
  process.stdout.write(`logged in, now at ${new URL(page.url()).pathname}\n`)
} finally {
  await browser.close()
}
