import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { createDatabase, databaseUrl, dropDatabase, tableExists } from "./database"
import { buildAndPackPlugin, buildHostApp, createHostApp, hostEnv, medusa, medusaCliPath, repoRoot } from "./host-app"
import { runCommand, startService, waitForExit, waitForHttp, type Service } from "./run-command"

jest.setTimeout(240_000)

const ADMIN_EMAIL = "packaging-admin@example.com"
const ADMIN_PASSWORD = "packaging-secret"
const GRANT_SCRIPT = ".medusa/server/src/scripts/grant-super-admin.js"

/** The plugin options a store writes, with Stripe pointed at the test's emulator. */
const pluginOptions = (apiKey: string) => `{
      apiKey: ${JSON.stringify(apiKey)},
      clientId: "ca_packaging_host",
      webhookSecrets: { platform: ["whsec_packaging_platform"], connect: ["whsec_packaging_connect"] },
      encryptionKey: "${Buffer.alloc(32, 7).toString("base64")}",
      publicUrl: "http://localhost:" + (process.env.PORT || "9000"),
      stripe: { host: "127.0.0.1", port: Number(process.env.STRIPE_EMULATOR_PORT), protocol: "http" },
    }`

/** A store's strict TypeScript using the package's public entries (checked by the declarations test). */
const TYPED_IMPORTS = `import { createStripePaymentWorkflow, type CreateStripePaymentWorkflowInput } from "medusa-plugin-stripe-connect/workflows"
import { StripeConnectPaymentEvents, type StripePaymentEventData } from "medusa-plugin-stripe-connect/events"

const input: CreateStripePaymentWorkflowInput = {
  account_id: "acct_1",
  amount: 2500,
  currency: "usd",
  capture_method: "automatic",
  request_id: "req_1",
}
export const succeeded: "stripe.payment_succeeded" = StripeConnectPaymentEvents.PAYMENT_SUCCEEDED

export async function pay(container: Parameters<typeof createStripePaymentWorkflow>[0]) {
  const { result } = await createStripePaymentWorkflow(container).run({ input })
  const intentId: string = result.intent.id
  const fee: number = result.fee.fee
  return { intentId, fee }
}

export const paymentIntentOf = (data: StripePaymentEventData): string => data.payment_intent_id

// @ts-expect-error amounts are integer minor units, not strings
export const wrong: CreateStripePaymentWorkflowInput = { ...input, amount: "25.00" }
`

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

describe("packaging: the packed plugin installed in a host store", () => {
  const database = `stripe_connect_packaging_${process.pid}`
  let workDir: string
  let tarball: string
  let host: Service | undefined
  let baseUrl: string

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "stripe-connect-packaging-"))
    tarball = await buildAndPackPlugin(workDir)
    await createDatabase(database)

    const hostDir = path.join(workDir, "host")
    await createHostApp(hostDir, tarball, pluginOptions("sk_test_packaging_host"))
    const port = await freePort()
    baseUrl = `http://localhost:${port}`
    const env = hostEnv({ DATABASE_URL: databaseUrl(database), PORT: String(port), NODE_ENV: "production" })
    const serverDir = await buildHostApp(hostDir, env)
    await medusa(["db:migrate"], serverDir, env)
    await medusa(["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], serverDir, env)
    // The first plugin role, as the README's install section says (nobody has plugin access without one).
    await medusa(["exec", `./node_modules/medusa-plugin-stripe-connect/${GRANT_SCRIPT}`, ADMIN_EMAIL], serverDir, env)
    host = startService(process.execPath, [medusaCliPath, "start"], { cwd: serverDir, env })
    await waitForHttp(`${baseUrl}/health`, host, 120_000)
  })

  afterAll(async () => {
    await host?.stop()
    await dropDatabase(database).catch(() => undefined)
    if (workDir) await rm(workDir, { recursive: true, force: true })
  })

  it("should pack the built plugin and none of its sources, tests or dev tools", async () => {
    const { output } = await runCommand("tar", ["-tzf", tarball], { cwd: workDir, env: process.env, timeoutMs: 60_000 })
    const files = output.split("\n").filter(Boolean)
    expect(files).toEqual(
      expect.arrayContaining([
        "package/package.json",
        "package/.medusa/server/src/modules/stripe-connect/index.js",
        "package/.medusa/server/src/api/middlewares.js",
        "package/.medusa/server/src/workflows/index.js",
        "package/.medusa/server/src/workflows/index.d.ts",
        "package/.medusa/server/src/types/events.d.ts",
        "package/.medusa/server/src/modules/stripe-connect/index.d.ts",
        `package/${GRANT_SCRIPT}`,
        "package/docs/api.md",
        "package/LICENSE",
        "package/CHANGELOG.md",
      ])
    )
    const unwanted = files.filter((file) =>
      /^package\/(src|dev|integration-tests|node_modules)\/|^package\/medusa-config\.ts$|\.spec\.(ts|js)$/.test(file)
    )
    expect(unwanted).toEqual([])
  })

  it("should type a strict TypeScript store's imports of ./workflows and ./events from the package's declarations", async () => {
    const dir = path.join(workDir, "host", "typed-imports")
    await mkdir(dir, { recursive: true })
    await writeFile(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2021",
          module: "Node16",
          moduleResolution: "Node16",
          strict: true,
          noEmit: true,
          esModuleInterop: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["index.ts"],
      })
    )
    // The ts-expect-error line fails the compile if the imports resolve to `any` (no declarations), as TS7016 does.
    await writeFile(path.join(dir, "index.ts"), TYPED_IMPORTS)
    const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc")
    const compiled = await runCommand(process.execPath, [tsc, "-p", dir], { cwd: dir, env: process.env, timeoutMs: 120_000 })
    expect(compiled.output.trim()).toBe("")
    expect(compiled.code).toBe(0)
  })

  it("should create the plugin's tables with medusa db:migrate in the host", async () => {
    expect(await tableExists(database, "stripe_connect_role_assignment")).toBe(true)
  })

  it("should answer GET /admin/stripe-connect/me with 200 for a logged-in admin", async () => {
    const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }

    const response = await fetch(`${baseUrl}/admin/stripe-connect/me`, { headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(200)
    // The admin was made a super_admin by the plugin's grant-super-admin script after `medusa user`.
    expect(await response.json()).toEqual(expect.objectContaining({ actor_type: "user", roles: ["super_admin"] }))
  })

  it("should answer GET /admin/stripe-connect/me with 401 without a session or token", async () => {
    const response = await fetch(`${baseUrl}/admin/stripe-connect/me`)
    expect(response.status).toBe(401)
  })

  it("should refuse to start with a bad apiKey and name the option", async () => {
    const badDir = path.join(workDir, "bad-host")
    await createHostApp(badDir, tarball, pluginOptions("nope"))
    const port = await freePort()
    // Started from its sources, as `medusa develop` does (no build needed): the options are checked when the
    // plugin's module loads, in development and production alike.
    const env = hostEnv({ DATABASE_URL: databaseUrl(database), PORT: String(port), NODE_ENV: "development" })
    const bad = startService(process.execPath, [medusaCliPath, "start"], { cwd: badDir, env })
    try {
      const exitCode = await waitForExit(bad, 120_000)
      // null: still running after two minutes, which is the failure this test exists to catch.
      expect(exitCode).not.toBeNull()
      expect(exitCode).not.toBe(0)
      expect(bad.output()).toMatch(/invalid plugin options: apiKey must be a Stripe secret or restricted key/)
    } finally {
      await bad.stop()
    }
  })
})
