// `npm run bench:checkout`: what the plugin adds to a storefront checkout and to an admin payment, measured in one
// run on one demo, so both sides of each comparison share the machine's load.
// - Checkout: the Store API flow (cart, address, shipping, payment collection, payment session, complete) through
//   the plugin's provider against the same flow through Medusa's system provider, in alternating rounds. The
//   customer's card step (Stripe.js in a browser, the emulator's confirm route here) is not timed.
// - Admin payment: `POST /admin/stripe-connect/payments` against the bare SDK call it makes
//   (`paymentIntents.create` with the same parameters: fee, destination, methods, metadata, expanded charge) sent
//   straight to the emulator. Both sides report p50 and p95; the machine's load average is kept with the results.
// Starts its own demo (DEMO_DIR .demo-bench/, free ports), writes bench/results/checkout.json, stops the demo.
// BENCH_ROUNDS (default 20) checkout pairs; BENCH_PAYMENT_ROUNDS (default 60) payment pairs. `--only checkout` or
// `--only admin-payment` measures one part and keeps the other part of the results file as it was.
import { spawn } from "node:child_process"
import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import Stripe from "stripe"
import { quantile, round2, summarize } from "../webhooks/stats.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
const demoDir = path.join(root, ".demo-bench")
const PLUGIN_PROVIDER = "pp_stripe-connect_stripe-connect"
const SYSTEM_PROVIDER = "pp_system_default"
const STRIPE_KEY = "sk_test_emulator_platform_key"
const checkoutRounds = Number(process.env.BENCH_ROUNDS || 20)
const paymentRounds = Number(process.env.BENCH_PAYMENT_ROUNDS || 60)
const WARMUP = 3
const PARTS = ["checkout", "admin-payment"]
const onlyIndex = process.argv.indexOf("--only")
const only = onlyIndex === -1 ? null : process.argv[onlyIndex + 1]
if (only !== null && !PARTS.includes(only)) {
  process.stderr.write(`[bench:checkout] --only takes one of ${PARTS.join(", ")}\n`)
  process.exit(2)
}
const measures = (part) => only === null || only === part
const resultsFile = path.join(root, "bench/results/checkout.json")

const say = (line) => process.stdout.write(`[bench:checkout] ${line}\n`)

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Starts the demo and resolves once it printed `Ready:`; its output goes to .demo-bench/bench.log. */
async function startDemo(env) {
  await rm(demoDir, { recursive: true, force: true })
  await mkdir(demoDir, { recursive: true })
  const child = spawn(process.execPath, [path.join(root, "dev/demo/start.mjs")], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo was not ready within 15 minutes:\n${output.slice(-3000)}`)), 15 * 60_000)
    const onData = (chunk) => {
      output += chunk
      if (output.includes("Ready: ")) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on("data", onData)
    child.stderr.on("data", onData)
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`the demo exited with ${code}:\n${output.slice(-3000)}`))
    })
  })
  await ready
  if (output.includes("seed failed")) throw new Error(`the demo's seed failed:\n${output.slice(-3000)}`)
  return {
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.removeAllListeners("exit")
        child.on("exit", () => resolve())
        child.kill("SIGINT")
      }),
  }
}

function client(baseUrl, headers) {
  return async (pathname, { method = "GET", body } = {}) => {
    const response = await fetch(`${baseUrl}${pathname}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const json = text ? JSON.parse(text) : {}
    if (!response.ok) throw new Error(`${method} ${pathname} answered ${response.status}: ${text.slice(0, 300)}`)
    return json
  }
}

/** Runs `call` and adds its duration to `timer.ms`. */
async function timed(timer, call) {
  const started = performance.now()
  try {
    return await call()
  } finally {
    timer.ms += performance.now() - started
  }
}

/** One storefront checkout with `providerId`; answers the milliseconds spent in Medusa's Store API. */
async function checkout({ store, emulator, region, variantId, providerId }) {
  const timer = { ms: 0 }
  let { cart } = await timed(timer, () =>
    store("/store/carts", { method: "POST", body: { region_id: region.id, items: [{ variant_id: variantId, quantity: 1 }] } })
  )
  const address = { first_name: "Bench", last_name: "Shopper", address_1: "Torstr. 1", city: "Berlin", postal_code: "10119", country_code: region.country }
  await timed(timer, () =>
    store(`/store/carts/${cart.id}`, { method: "POST", body: { email: "bench@example.com", shipping_address: address, billing_address: address } })
  )
  const { shipping_options: options } = await timed(timer, () => store(`/store/shipping-options?cart_id=${cart.id}`))
  await timed(timer, () => store(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", body: { option_id: options[0].id } }))
  const { payment_collection: collection } = await timed(timer, () =>
    store("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } })
  )
  const { payment_collection: withSession } = await timed(timer, () =>
    store(`/store/payment-collections/${collection.id}/payment-sessions`, { method: "POST", body: { provider_id: providerId } })
  )
  if (providerId === PLUGIN_PROVIDER) {
    const session = withSession.payment_sessions.find((found) => found.provider_id === providerId)
    await emulator(`/_emulator/payment_intents/${session.data.id}/confirm`, { method: "POST", body: { payment_method: "pm_card_visa" } })
  }
  const completed = await timed(timer, () => store(`/store/carts/${cart.id}/complete`, { method: "POST", body: {} }))
  if (completed.type !== "order") throw new Error(`cart ${cart.id} did not complete with ${providerId}: ${JSON.stringify(completed).slice(0, 300)}`)
  return timer.ms
}

/** The results file as the last run left it (a run of one part keeps the other), or nothing. */
async function previousResults() {
  if (only === null) return {}
  try {
    return JSON.parse(await readFile(resultsFile, "utf8"))
  } catch {
    return {}
  }
}

/** `summarize` with the 95th percentile. */
function summary(valuesMs) {
  const { count, p50_ms, ...rest } = summarize(valuesMs)
  return { count, p50_ms, p95_ms: round2(quantile([...valuesMs].sort((a, b) => a - b), 0.95)), ...rest }
}

/** Alternating rounds of the Store API checkout through the plugin's provider and through Medusa's system provider. */
async function benchCheckout({ store, admin, emulator }) {
  // The demo's storefront region offers the plugin's provider; the comparison needs Medusa's system provider there too.
  const { regions } = await store("/store/regions?fields=id,currency_code,*countries,*payment_providers")
  let region
  for (const candidate of regions) {
    const { payment_providers: providers } = await store(`/store/payment-providers?region_id=${candidate.id}`)
    if (providers.some((provider) => provider.id === PLUGIN_PROVIDER)) {
      region = { id: candidate.id, country: candidate.countries[0].iso_2, providers: providers.map((provider) => provider.id) }
      break
    }
  }
  if (!region) throw new Error(`no region of the demo offers ${PLUGIN_PROVIDER}`)
  await admin(`/admin/regions/${region.id}`, { method: "POST", body: { payment_providers: [...new Set([...region.providers, SYSTEM_PROVIDER])] } })
  const { products } = await store(`/store/products?region_id=${region.id}&fields=id,*variants`)
  const variantId = products.find((product) => product.variants?.length).variants[0].id

  const flows = { plugin: [], system: [] }
  const run = (name) => checkout({ store, emulator, region, variantId, providerId: name === "plugin" ? PLUGIN_PROVIDER : SYSTEM_PROVIDER })
  say(`checkout: ${WARMUP} warm-up pairs, then ${checkoutRounds} alternating pairs`)
  for (let round = 0; round < WARMUP + checkoutRounds; round++) {
    const order = round % 2 === 0 ? ["plugin", "system"] : ["system", "plugin"]
    for (const name of order) {
      const ms = await run(name)
      if (round >= WARMUP) flows[name].push(ms)
    }
  }
  const plugin = summary(flows.plugin)
  const system = summary(flows.system)
  const ratio = round2(plugin.p50_ms / system.p50_ms)
  return {
    what: "Store API time of one checkout (cart, address, shipping, payment collection, payment session, complete); the card step is not timed",
    rounds: checkoutRounds,
    plugin_provider: plugin,
    system_provider: system,
    ratio_p50: ratio,
    target_ratio: 1.3,
    met: ratio <= 1.3,
  }
}

/**
 * Alternating rounds of `POST /admin/stripe-connect/payments` and the SDK call the route makes (same parameters:
 * methods, fee, destination, metadata, expanded charge) sent straight to the emulator.
 */
async function benchAdminPayment({ admin, emulatorPort }) {
  const { data: accounts } = await admin("/admin/stripe-connect/accounts?limit=100")
  const account = accounts.find((found) => found.charges_enabled && found.capabilities?.transfers === "active")
  if (!account) throw new Error("the demo has no account that can take destination charges")
  const stripe = new Stripe(STRIPE_KEY, { host: "127.0.0.1", port: emulatorPort, protocol: "http", maxNetworkRetries: 0 })
  const payments = { plugin: [], bare: [] }
  const amount = 2500
  say(`admin payment create: ${WARMUP} warm-up pairs, then ${paymentRounds} alternating pairs (account ${account.account_id})`)
  for (let round = 0; round < WARMUP + paymentRounds; round++) {
    const order = round % 2 === 0 ? ["plugin", "bare"] : ["bare", "plugin"]
    for (const name of order) {
      const started = performance.now()
      if (name === "plugin") {
        await admin("/admin/stripe-connect/payments", { method: "POST", body: { account_id: account.account_id, amount, currency: "eur" } })
      } else {
        await stripe.paymentIntents.create(
          {
            amount,
            currency: "eur",
            capture_method: "manual",
            allowed_payment_method_types: ["card"],
            application_fee_amount: 100,
            transfer_data: { destination: account.account_id },
            metadata: { medusa_plugin: "stripe-connect", source: "admin", merchant_id: account.merchant_id },
            expand: ["latest_charge.application_fee"],
          },
          { idempotencyKey: `bench-bare-${process.pid}-${round}` }
        )
      }
      if (round >= WARMUP) payments[name].push(performance.now() - started)
    }
  }
  const route = summary(payments.plugin)
  const bare = summary(payments.bare)
  const added = round2(route.p50_ms - bare.p50_ms)
  return {
    what: "POST /admin/stripe-connect/payments against the bare SDK paymentIntents.create it makes, both against the emulator",
    rounds: paymentRounds,
    plugin_route: route,
    bare_sdk: bare,
    added_p50_ms: added,
    ratio_p50: round2(route.p50_ms / bare.p50_ms),
    target_added_p50_ms: 15,
    met: added <= 15,
  }
}

async function main() {
  const port = await freePort()
  const emulatorPort = await freePort()
  const baseUrl = `http://localhost:${port}`
  const env = { ...process.env, PORT: String(port), STRIPE_EMULATOR_PORT: String(emulatorPort), DEMO_WATCH: "0", DEMO_DIR: demoDir, MEDUSA_DISABLE_TELEMETRY: "true" }
  say(`starting a demo of its own on port ${port} (emulator ${emulatorPort}; log: the demo's, in .demo-bench/logs)`)
  const demo = await startDemo(env)
  try {
    const key = (await readFile(path.join(demoDir, "publishable-key"), "utf8")).trim()
    const store = client(baseUrl, { "x-publishable-api-key": key })
    const emulator = client(`http://127.0.0.1:${emulatorPort}`, {})
    const { token } = await client(baseUrl, {})("/auth/user/emailpass", { method: "POST", body: { email: "admin@example.com", password: "supersecret" } })
    const admin = client(baseUrl, { authorization: `Bearer ${token}` })

    const results = {
      ...(await previousResults()),
      measured_at: new Date().toISOString(),
      machine: { cores: os.cpus().length, note: "the demo (Medusa, PostgreSQL, the emulator) and this load generator share the cores", load_average: os.loadavg().map(round2) },
    }
    if (measures("checkout")) {
      results.checkout = await benchCheckout({ store, admin, emulator })
      const { plugin_provider: plugin, system_provider: system, ratio_p50: ratio } = results.checkout
      say(`checkout p50: plugin ${plugin.p50_ms} ms, system ${system.p50_ms} ms, ratio ${ratio} (target ≤ 1.3)`)
    }
    if (measures("admin-payment")) {
      results.admin_payment_create = await benchAdminPayment({ admin, emulatorPort })
      const { plugin_route: route, bare_sdk: bare, added_p50_ms: added } = results.admin_payment_create
      say(`admin payment p50: route ${route.p50_ms} ms, bare SDK ${bare.p50_ms} ms, added ${added} ms (target ≤ 15)`)
      say(`admin payment p95: route ${route.p95_ms} ms, bare SDK ${bare.p95_ms} ms`)
    }
    await mkdir(path.dirname(resultsFile), { recursive: true })
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
    say(`wrote bench/results/checkout.json (load average at the end: ${os.loadavg().map(round2).join(", ")})`)
  } finally {
    await demo.stop()
  }
}

main().catch((error) => {
  process.stderr.write(`[bench:checkout] failed: ${error?.stack ?? error}\n`)
  process.exit(1)
})
