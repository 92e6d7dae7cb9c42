import path from "node:path"
import type { Browser, BrowserContextOptions, Page } from "playwright-core"
import { launchChromium, logIn, saveFailureScreenshot, startE2eApp, type E2eApp } from "../../helpers/e2e"

// Set E2E_PAGE_SCREENSHOTS to a folder to keep a picture of each page the tests reach (for looking at them).
const PAGE_SHOTS = process.env.E2E_PAGE_SCREENSHOTS

type User = { email: string; password: string }

export type E2eSuite = {
  /** The app booted for this file (available inside tests). */
  readonly app: E2eApp
  /** A dashboard address: `/settings/...` becomes `<base>/app/settings/...`. */
  url: (route: string) => string
  /** Runs a browser test in a fresh context; on failure saves a screenshot named after the test. */
  inBrowser: (name: string, test: (page: Page) => Promise<void>, options?: BrowserContextOptions) => Promise<void>
  /** `inBrowser`, logged in through the dashboard's form as `user` first. */
  signedIn: (name: string, user: User, test: (page: Page) => Promise<void>, options?: BrowserContextOptions) => Promise<void>
}

/** Boots Medusa with the admin and Chromium once for the spec file (beforeAll) and stops them after it. */
export function e2eSuite(): E2eSuite {
  let app: E2eApp | undefined
  let browser: Browser | undefined

  beforeAll(async () => {
    app = await startE2eApp()
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  const started = () => {
    if (!app || !browser) throw new Error("the e2e app did not start (see beforeAll)")
    return { app, browser }
  }

  const inBrowser: E2eSuite["inBrowser"] = async (name, test, options) => {
    const context = await started().browser.newContext({ viewport: { width: 1440, height: 1000 }, ...options })
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

  return {
    get app() {
      return started().app
    },
    url: (route) => `${started().app.baseUrl}/app${route}`,
    inBrowser,
    signedIn: (name, user, test, options) =>
      inBrowser(
        name,
        async (page) => {
          await logIn(page, started().app.baseUrl, user)
          await test(page)
        },
        options
      ),
  }
}

/**
 * Keeps a picture of the page under $E2E_PAGE_SCREENSHOTS (the README's screenshots), when set. With `height` the
 * window is made that tall first, since the dashboard scrolls inside its own container.
 */
export async function pageShot(page: Page, name: string, options: { height?: number } = {}): Promise<void> {
  if (!PAGE_SHOTS) return
  if (options.height) {
    await page.setViewportSize({ width: 1440, height: options.height })
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  }
  await page.waitForLoadState("networkidle").catch(() => undefined)
  if (options.height) await page.waitForTimeout(500)
  await page.screenshot({ path: path.join(PAGE_SHOTS, `${name}.png`) })
}
