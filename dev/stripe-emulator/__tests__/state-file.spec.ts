import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import Stripe from "stripe"
import { Emulator, RunningStripeEmulator, startStripeEmulator, StateFileError } from "../index"
import { EXPLICIT_STATE_PARTS, TRANSIENT_STATE_PARTS } from "../state-file"
import { startReceiver, waitFor } from "./helpers"

const root = path.resolve(__dirname, "../../..")
const sdk = (emu: RunningStripeEmulator) => new Stripe("sk_test_state", { ...emu.stripeConfig, maxNetworkRetries: 0 })

describe("the state file", () => {
  let dir: string
  let file: string
  const running: RunningStripeEmulator[] = []
  const start = async (options: { stateSaveDelayMs?: number } = {}) => {
    const emu = await startStripeEmulator({ stateFile: file, stateSaveDelayMs: options.stateSaveDelayMs ?? 20 })
    running.push(emu)
    return emu
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "emulator-state-"))
    file = path.join(dir, "nested", "stripe.json")
  })
  afterEach(async () => {
    for (const emu of running.splice(0)) await emu.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it("should write the state shortly after a change, atomically (no temp file left)", async () => {
    const emu = await start()
    expect(existsSync(file)).toBe(false)
    const customer = await sdk(emu).customers.create({ email: "saved@example.com" })
    await waitFor(() => existsSync(file) && readFileSync(file, "utf8").includes(customer.id), 3000)
    expect(JSON.parse(readFileSync(file, "utf8")).store.platform.customer[0]).toEqual(expect.objectContaining({ id: customer.id, email: "saved@example.com" }))
    expect(readdirSync(path.dirname(file))).toEqual(["stripe.json"])
  })

  it("should bring back objects, balances, the clock, webhook secrets, OAuth tokens, faults and idempotent replays after a restart", async () => {
    const receiver = await startReceiver()
    try {
      const first = await start()
      const stripe = sdk(first)
      const endpoint = await stripe.webhookEndpoints.create({ url: receiver.url, enabled_events: ["customer.created"] })
      const account = await stripe.accounts.create({ type: "express", capabilities: { card_payments: { requested: true }, transfers: { requested: true } } })
      await first.controls.completeOnboarding(account.id)
      const pi = await stripe.paymentIntents.create({ amount: 2500, currency: "usd", application_fee_amount: 75, transfer_data: { destination: account.id }, payment_method: "pm_card_visa", confirm: true })
      const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 500, refund_application_fee: true, reverse_transfer: true }, { idempotencyKey: "refund-once" })
      await first.controls.advanceClock(3 * 24 * 3600)
      await first.controls.addFault({ status: 500, method: "GET", path: "/v1/transfers/tr_missing", count: 3 })
      const grant = await first.controls.authorizeOAuth()
      const token = await stripe.oauth.token({ grant_type: "authorization_code", code: grant.code })
      const before = {
        platform: await stripe.balance.retrieve(),
        connected: await stripe.balance.retrieve({}, { stripeAccount: account.id }),
        charge: await stripe.charges.retrieve(String(pi.latest_charge)),
        now: first.emulator.now(),
      }
      await first.close()

      const second = await start()
      const again = sdk(second)
      expect(second.emulator.now() - before.now).toBeLessThanOrEqual(2)
      expect(second.emulator.now() - before.now).toBeGreaterThanOrEqual(0)
      expect(await again.balance.retrieve()).toEqual(before.platform)
      expect(await again.balance.retrieve({}, { stripeAccount: account.id })).toEqual(before.connected)
      expect(await again.charges.retrieve(String(pi.latest_charge))).toEqual(before.charge)
      expect((await again.accounts.retrieve(account.id)).id).toBe(account.id)
      expect(second.emulator.webhooks.secrets.get(endpoint.id)).toBe(endpoint.secret)
      expect(second.emulator.faults.active()).toEqual([expect.objectContaining({ status: 500, method: "GET", path: "/v1/transfers/tr_missing", remaining: 3 })])

      // The refund inside the charge is the stored refund again, not a copy: an update shows in both.
      await again.refunds.update(refund.id, { metadata: { note: "after restart" } })
      const charge = await again.charges.retrieve(String(pi.latest_charge))
      expect(charge.refunds?.data[0].metadata).toEqual({ note: "after restart" })

      // Same key, same parameters: the first response again, not a second refund.
      const replay = await again.refunds.create({ payment_intent: pi.id, amount: 500, refund_application_fee: true, reverse_transfer: true }, { idempotencyKey: "refund-once" })
      expect(replay.id).toBe(refund.id)
      expect(replay.lastResponse.headers["idempotent-replayed"]).toBe("true")

      // The OAuth access token still acts as its account.
      const asAccount = new Stripe(String(token.access_token), { ...second.stripeConfig, maxNetworkRetries: 0 })
      const made = await asAccount.customers.create({ email: "oauth@example.com" })
      expect((await again.customers.list({}, { stripeAccount: grant.account })).data.map((c) => c.id)).toEqual([made.id])

      // Events are still signed with the endpoint's original secret.
      await again.customers.create({ email: "after@example.com" })
      await waitFor(() => receiver.received.length > 0)
      const event = stripe.webhooks.constructEvent(receiver.received[0].body, receiver.received[0].signature, String(endpoint.secret))
      expect(event.type).toBe("customer.created")
    } finally {
      await receiver.close()
    }
  })

  it("should refuse a corrupt file with an error naming it and leave the file alone", async () => {
    writeFileSync(file.replace("nested/", ""), "{ not json")
    file = file.replace("nested/", "")
    const error = await start().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StateFileError)
    expect((error as Error).message).toContain(file)
    expect(readFileSync(file, "utf8")).toBe("{ not json")
  })

  it("should refuse a file of another shape with the part that is wrong", async () => {
    file = path.join(dir, "other.json")
    writeFileSync(file, JSON.stringify({ version: 1, clock_offset_seconds: 0, store: { platform: { customer: {} } } }))
    const error = (await start().catch((e: unknown) => e)) as Error
    expect(error.message).toContain(file)
    expect(error.message).toContain("store.platform.customer is not a list")
  })

  it("should keep every part of the emulator's state: each property is saved by hand, saved as a Map or Set, or per run", () => {
    const em = new Emulator()
    const known = new Set<string>([...EXPLICIT_STATE_PARTS, ...TRANSIENT_STATE_PARTS])
    const unknown = Object.entries(em).filter(([name, value]) => !known.has(name) && !(value instanceof Map) && !(value instanceof Set))
    expect(unknown.map(([name]) => name)).toEqual([])
  })

  it("should write the state on SIGTERM from the CLI, and the CLI should name a corrupt file and exit 1", async () => {
    const runCli = (args: string[]) => spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "dev/stripe-emulator/cli.ts", "--port", "0", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] })
    const child = runCli(["--state-file", file])
    let stdout = ""
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on("data", (c: Buffer) => {
        stdout += c.toString()
        const m = /STRIPE_EMULATOR_READY port=(\d+)/.exec(stdout)
        if (m) resolve(Number(m[1]))
      })
      child.on("exit", (code) => reject(new Error(`exited early with ${code}`)))
    })
    const res = await fetch(`http://127.0.0.1:${port}/v1/customers`, { method: "POST", headers: { Authorization: "Bearer sk_test_cli", "Content-Type": "application/x-www-form-urlencoded" }, body: "email=sigterm%40example.com" })
    const customer = (await res.json()) as { id: string }
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    child.kill("SIGTERM")
    expect(await exited).toBe(0)
    expect(readFileSync(file, "utf8")).toContain(customer.id)

    writeFileSync(file, "[]")
    const bad = runCli(["--state-file", file])
    let stderr = ""
    bad.stderr.on("data", (c: Buffer) => (stderr += c.toString()))
    expect(await new Promise<number | null>((resolve) => bad.on("exit", (code) => resolve(code)))).toBe(1)
    expect(stderr).toContain(`Stripe emulator state file ${file} cannot be loaded: it is not a JSON object`)
  }, 40000)
})
