import { spawn, type ChildProcess } from "node:child_process"
import { createWriteStream } from "node:fs"
import { mkdir, readFile } from "node:fs/promises"
import net from "node:net"
import path from "node:path"
import { Client } from "@medusajs/framework/pg"
import { chromium, type Browser, type Page } from "playwright-core"

/**
 * The browser tests' harness: a Medusa of its own (admin enabled, development mode so Vite serves the plugin's
 * admin extensions from source) on a free port, on a fresh database of the test PostgreSQL, talking to the
 * emulator the global setup started, with webhook endpoints registered there so Stripe's events reach it as in
 * production; plus Chromium and a login helper. `medusaIntegrationTestRunner` turns the admin off, hence this.
 */

const root = path.resolve(__dirname, "../..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
export const SCREENSHOT_DIR = path.join(root, "integration-tests", "e2e", "screenshots")
export const LOG_DIR = path.join(root, ".test-db", "e2e-logs")

export type E2eSeed = {
  super_admin: { email: string; password: string; id: string }
  pos_staff: { email: string; password: string; id: string }
  manager: { email: string; password: string; id: string }
  order_id: string
  failed_webhook_event_id: string
}

export type E2eApp = {
  baseUrl: string
  emulatorUrl: string
  seed: E2eSeed
  stop: () => Promise<void>
}

export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function run(args: string[], env: NodeJS.ProcessEnv, logName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(path.join(LOG_DIR, `${logName}.log`), { flags: "a" })
    const child = spawn(medusaBin, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
    let tail = ""
    const onData = (chunk: Buffer) => {
      log.write(chunk)
      tail = (tail + chunk.toString()).slice(-4000)
    }
    child.stdout?.on("data", onData)
    child.stderr?.on("data", onData)
    child.once("error", reject)
    child.once("exit", (code) => {
      log.end()
      if (code === 0) resolve()
      else reject(new Error(`medusa ${args.join(" ")} exited with ${code}:\n${tail}`))
    })
  })
}

async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`Medusa exited before ${url} answered; see ${LOG_DIR}/medusa.log`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms; see ${LOG_DIR}/medusa.log`)
}

async function registerWebhookEndpoints(emulatorUrl: string, apiKey: string, publicUrl: string) {
  const secrets: Record<"platform" | "connect", string> = { platform: "", connect: "" }
  for (const name of ["platform", "connect"] as const) {
    const body = new URLSearchParams({ url: `${publicUrl}/hooks/stripe-connect/${name}`, "enabled_events[]": "*" })
    if (name === "connect") body.set("connect", "true")
    const response = await fetch(`${emulatorUrl}/v1/webhook_endpoints`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${apiKey}`,
        "content-type": "application/x-www-form-urlencoded",
        "idempotency-key": `stripe-connect:e2e:webhook-endpoint:${name}:${publicUrl}`,
      },
      body,
    })
    const json = (await response.json()) as { secret?: string }
    if (!response.ok || !json.secret) throw new Error(`the emulator refused the ${name} webhook endpoint (${response.status})`)
    secrets[name] = json.secret
  }
  return secrets
}

async function createDatabase(name: string): Promise<string> {
  const credentials = `${process.env.DB_USERNAME ?? "postgres"}:${process.env.DB_PASSWORD ?? "postgres"}`
  const server = `postgres://${credentials}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? "5432"}`
  const client = new Client({ connectionString: `${server}/postgres` })
  await client.connect()
  try {
    await client.query(`create database "${name}"`)
  } finally {
    await client.end()
  }
  return `${server}/${name}`
}

/** Boots the app: database, migrations, seed (users with roles, an order, a failed webhook event), server. */
export async function startE2eApp(): Promise<E2eApp> {
  await mkdir(LOG_DIR, { recursive: true })
  const emulatorUrl = process.env.STRIPE_EMULATOR_URL
  if (!emulatorUrl) throw new Error("STRIPE_EMULATOR_URL is not set: run the e2e suite through jest's global setup")
  const port = await freePort()
  const baseUrl = `http://localhost:${port}`
  const apiKey = "sk_test_emulator_platform_key"
  const databaseUrl = await createDatabase(`e2e_${Date.now()}_${process.pid}`)
  const secrets = await registerWebhookEndpoints(emulatorUrl, apiKey, baseUrl)
  const seedFile = path.join(LOG_DIR, `seed-${port}.json`)

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "development",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: baseUrl,
    ADMIN_CORS: baseUrl,
    AUTH_CORS: baseUrl,
    MEDUSA_ADMIN_DISABLED: "false",
    MEDUSA_DISABLE_TELEMETRY: "true",
    STRIPE_API_KEY: apiKey,
    STRIPE_WEBHOOK_SECRETS_PLATFORM: secrets.platform,
    STRIPE_WEBHOOK_SECRETS_CONNECT: secrets.connect,
    E2E_SEED_OUTPUT: seedFile,
    LOG_LEVEL: "info",
  }
  await run(["db:migrate"], env, "migrate")
  await run(["exec", "integration-tests/e2e/fixtures/seed.ts"], env, "seed")
  const seed = JSON.parse(await readFile(seedFile, "utf8")) as E2eSeed

  const log = createWriteStream(path.join(LOG_DIR, "medusa.log"), { flags: "a" })
  const server: ChildProcess = spawn(medusaBin, ["start"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
  server.stdout?.pipe(log)
  server.stderr?.pipe(log)
  const alive = () => server.exitCode === null && server.signalCode === null
  const stop = async () => {
    if (!alive()) return
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()))
    try {
      process.kill(-(server.pid as number), "SIGTERM")
    } catch {
      return
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-(server.pid as number), "SIGKILL")
      } catch {
        // gone already
      }
    }, 10_000)
    await exited
    clearTimeout(timer)
  }
  try {
    await waitForHttp(`${baseUrl}/health`, 180_000, alive)
    await waitForHttp(`${baseUrl}/app`, 180_000, alive)
  } catch (error) {
    await stop()
    throw error
  }
  return { baseUrl, emulatorUrl, seed, stop }
}

export async function launchChromium(): Promise<Browser> {
  return await chromium.launch({
    executablePath: CHROMIUM_PATH,
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
}

/** Logs in through the dashboard's own form and waits for the orders page it lands on. */
export async function logIn(page: Page, baseUrl: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/app/login`, { timeout: 240_000 })
  await page.locator('input[name="email"]').waitFor({ timeout: 240_000 })
  await page.fill('input[name="email"]', user.email)
  await page.fill('input[name="password"]', user.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/app\/orders/, { timeout: 120_000 })
}

/** Saves `<name>.png` under the git-ignored screenshots folder (for failures). */
export async function saveFailureScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, "-").slice(0, 120)}.png`)
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined)
  return file
}

/** Calls the emulator's control routes (`/_emulator/*`), as the customer or Stripe would act. */
export async function emulatorControl(emulatorUrl: string, method: string, route: string, body?: object) {
  const response = await fetch(`${emulatorUrl}/_emulator${route}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
  if (!response.ok) throw new Error(`emulator ${method} ${route}: ${response.status} ${JSON.stringify(json)}`)
  return json
}
