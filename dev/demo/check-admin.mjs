// `node dev/demo/check-admin.mjs`: with the demo running, opens its admin in headless Chromium, logs in as the
// demo admin and visits every Stripe Connect settings page and the seeded orders, checking that each shows the
// seeded data (rows, not an empty state). A screenshot of each page goes to $SCREENSHOT_DIR (default /tmp), also
// when a check fails. Needs Debian's Chromium (apt-get install chromium) or CHROMIUM_PATH. Exits 1 on a failure.
import path from "node:path"
import { chromium } from "playwright-core"

const baseUrl = `http://localhost:${process.env.PORT || 9000}`
const screenshotDir = process.env.SCREENSHOT_DIR || "/tmp"
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const EMAIL = "admin@example.com"
const PASSWORD = "supersecret"
const TIMEOUT = 60_000

/** Ids the page paths need, read from the admin API the pages use. */
async function seededIds() {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  })
  const { token } = await login.json()
  const get = async (p) => (await fetch(`${baseUrl}${p}`, { headers: { authorization: `Bearer ${token}` } })).json()
  const accounts = await get("/admin/stripe-connect/accounts?merchant_id=merchant_berlin_books")
  const events = await get("/admin/stripe-connect/webhook-events?limit=1")
  const { orders } = await get("/admin/orders?fields=id,email&limit=50")
  const overview = await get("/admin/stripe-connect/overview?days=30")
  const order = (email) => orders.find((o) => o.email === email)?.id
  return {
    accountId: accounts.data?.[0]?.account_id,
    eventId: events.data?.[0]?.id,
    openInvoiceOrder: order("ada@example.com"),
    paidInvoiceOrder: order("grace@example.com"),
    payLinkOrder: order("linus@example.com"),
    paymentOrder: order("margaret@example.com"),
    // The seeded payments are dated over 30 days (dev/demo/date-records.ts), so the chart has several days.
    grossVolumeDays: new Set(overview.data?.flatMap((c) => c.days.filter((d) => d.gross_volume > 0).map((d) => d.date)) ?? []).size,
  }
}

/** Waits until `count()` reaches `min`; the lists load after the page. */
async function atLeast(description, count, min) {
  const until = Date.now() + TIMEOUT
  let seen = 0
  while (Date.now() < until) {
    seen = await count()
    if (seen >= min) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${description}: expected at least ${min}, saw ${seen}`)
}

/** `medusa develop` restarts the server when a file changes; a refused connection is tried again for a minute. */
async function open(page, url, waitUntil) {
  const until = Date.now() + 60_000
  for (;;) {
    try {
      return await page.goto(url, { waitUntil, timeout: 180_000 })
    } catch (error) {
      if (!String(error?.message).includes("ERR_CONNECTION_REFUSED") || Date.now() > until) throw error
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
  }
}

const rows = (page) => () => page.locator("table tbody tr").count()
const texts = (page, ...needles) => Promise.all(needles.map((needle) => page.getByText(needle).first().waitFor({ timeout: TIMEOUT })))
const absent = async (page, text) => {
  if (await page.getByText(text).count()) throw new Error(`shows the empty state "${text}"`)
}

/** The order page's invoices widget holds an invoice card with this status badge. */
const invoiceCard = async (page, status) => {
  const card = page.locator('[data-testid="stripe-invoices-widget"] [data-testid^="invoice-"]').filter({ hasText: status }).first()
  await card.waitFor({ timeout: TIMEOUT })
  await card.scrollIntoViewIfNeeded()
}

/** Each page: its path, and what must be on it once loaded. */
function pages(ids) {
  const settings = "/app/settings/stripe-connect"
  return [
    { name: "overview", path: settings, check: async (page) => {
      await texts(page, "Last 30 days", "Platform balance")
      await page.locator("svg.recharts-surface, canvas, svg[role='img']").first().waitFor({ timeout: TIMEOUT })
      await absent(page, "No funds yet.")
      if (ids.grossVolumeDays < 5) throw new Error(`the 30-day chart has gross volume on ${ids.grossVolumeDays} day(s), expected the seed's days`)
    } },
    { name: "accounts", path: `${settings}/accounts`, check: async (page) => {
      await texts(page, "merchant_berlin_books", "merchant_lisbon_ceramics", "merchant_oslo_outdoor")
      await atLeast("connected account rows", rows(page), 3)
    } },
    { name: "account", path: `${settings}/accounts/${ids.accountId}`, check: async (page) => {
      await texts(page, "merchant_berlin_books")
      await atLeast("payout rows", rows(page), 2)
      await absent(page, "No payouts yet.")
      await absent(page, "No funds yet.")
    } },
    { name: "integrations", path: `${settings}/integrations`, check: async (page) => {
      await texts(page, "Berlin Books invoicing")
      await atLeast("integration rows", rows(page), 1)
    } },
    { name: "fees", path: `${settings}/fees`, check: async (page) => {
      await texts(page, "2.9", "2.5")
    } },
    { name: "payments", path: `${settings}/payments`, check: (page) => atLeast("payment rows", rows(page), 10) },
    { name: "transfers", path: `${settings}/transfers`, check: (page) => atLeast("transfer rows", rows(page), 2) },
    { name: "disputes", path: `${settings}/disputes`, check: (page) => atLeast("dispute rows", rows(page), 1) },
    { name: "webhook-events", path: `${settings}/webhook-events`, check: async (page) => {
      await atLeast("webhook event rows", rows(page), 5)
      // The failed one: filter by status, as staff would, and find the reversal's event with a Failed badge.
      await page.getByRole("combobox", { name: "Status filter" }).click()
      await page.getByRole("option", { name: "failed" }).click()
      await page.getByRole("row").filter({ hasText: "transfer.reversed" }).filter({ hasText: "Failed" }).first().waitFor({ timeout: TIMEOUT })
    } },
    { name: "webhook-event", path: `${settings}/webhook-events/${ids.eventId}`, check: (page) => texts(page, ids.eventId) },
    { name: "order-open-invoice", path: `/app/orders/${ids.openInvoiceOrder}`, check: (page) => invoiceCard(page, "Open") },
    { name: "order-paid-invoice", path: `/app/orders/${ids.paidInvoiceOrder}`, check: (page) => invoiceCard(page, "Paid") },
    { name: "order-pay-link", path: `/app/orders/${ids.payLinkOrder}`, check: (page) =>
      page.locator('[data-testid="pay-links"]').filter({ hasText: "Open" }).first().waitFor({ timeout: TIMEOUT }) },
    { name: "order-payment", path: `/app/orders/${ids.paymentOrder}`, check: (page) =>
      page.locator('[data-testid="stripe-payments-widget"] [data-testid^="stripe-split-"]').first().waitFor({ timeout: TIMEOUT }) },
  ]
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
})
const failures = []
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
  await open(page, `${baseUrl}/app/login`, "networkidle")
  await page.locator('input[name="email"]').waitFor({ timeout: 120_000 })
  await page.screenshot({ path: path.join(screenshotDir, "demo-login.png") })
  await page.fill('input[name="email"]', EMAIL)
  await page.fill('input[name="password"]', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/app\/orders/, { timeout: 120_000 })
  await page.getByRole("heading", { name: "Orders" }).first().waitFor({ timeout: 120_000 })
  await atLeast("order rows", rows(page), 4)
  await page.screenshot({ path: path.join(screenshotDir, "demo-orders.png") })
  process.stdout.write("logged in; the orders list shows the demo orders\n")

  const ids = await seededIds()
  for (const { name, path: pagePath, check } of pages(ids)) {
    const file = path.join(screenshotDir, `demo-${name}.png`)
    try {
      await open(page, `${baseUrl}${pagePath}`, "domcontentloaded")
      await check(page)
      await page.waitForLoadState("networkidle").catch(() => {})
      process.stdout.write(`ok   ${name} (${pagePath}) -> ${file}\n`)
    } catch (error) {
      failures.push(name)
      process.stdout.write(`FAIL ${name} (${pagePath}): ${error?.message ?? error} -> ${file}\n`)
    }
    await page.screenshot({ path: file, fullPage: true })
  }
} finally {
  await browser.close()
}
if (failures.length) {
  process.stdout.write(`${failures.length} page(s) without their data: ${failures.join(", ")}\n`)
  process.exit(1)
}
