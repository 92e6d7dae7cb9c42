import { createServer, IncomingMessage, Server } from "node:http"
import { AddressInfo } from "node:net"
import Stripe from "stripe"
import { RunningStripeEmulator, startStripeEmulator } from "../index"

export interface Harness {
  emu: RunningStripeEmulator
  stripe: Stripe
  /** POSTs JSON to an emulator control route (`/_emulator` + path) and returns the parsed body. */
  control: <T = Record<string, unknown>>(path: string, body?: Record<string, unknown>, method?: string) => Promise<{ status: number; body: T }>
}

export async function startHarness(): Promise<Harness> {
  const emu = await startStripeEmulator()
  const stripe = new Stripe("sk_test_emulator", { host: emu.host, port: emu.port, protocol: "http", maxNetworkRetries: 0 })
  const control = async <T>(path: string, body?: Record<string, unknown>, method = "POST") => {
    const res = await fetch(`${emu.url}/_emulator${path}`, {
      method,
      headers: { "Content-Type": "application/json" },
      body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
    })
    return { status: res.status, body: (await res.json()) as T }
  }
  return { emu, stripe, control }
}

export interface Received {
  body: string
  signature: string
  at: number
}

/** A local HTTP receiver for webhooks; `respond` decides each answer's status. */
export async function startReceiver(respond: (n: number, req: IncomingMessage) => number = () => 200) {
  const received: Received[] = []
  let n = 0
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      received.push({ body: Buffer.concat(chunks).toString("utf8"), signature: String(req.headers["stripe-signature"] ?? ""), at: Date.now() })
      res.writeHead(respond(++n, req))
      res.end("ok")
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  return {
    url,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/** Polls `cond` every 10 ms; the timeout is generous for CI's two shared cores (only a failing wait takes it). */
export async function waitFor(cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!cond()) {
    if (Date.now() > until) throw new Error("waitFor: timed out")
    await new Promise((r) => setTimeout(r, 10))
  }
}

export function amountOf(entries: Array<{ amount: number; currency: string }>, currency = "usd"): number {
  return entries.find((e) => e.currency === currency)?.amount ?? 0
}

/**
 * An account Stripe lets money move to: created with the card_payments and transfers capabilities requested, then
 * onboarded through the control (capabilities active), as Stripe requires before transfers and charges.
 */
export async function onboardedAccount(h: Harness, params: Stripe.AccountCreateParams = { type: "express" }): Promise<Stripe.Account> {
  const account = await h.stripe.accounts.create({ capabilities: { card_payments: { requested: true }, transfers: { requested: true } }, ...params })
  await h.control(`/accounts/${account.id}/complete_onboarding`)
  return h.stripe.accounts.retrieve(account.id)
}

/** The pending and available amounts in `currency` (usd) of an account's balance, or of the platform's. */
export async function balanceOf(h: Harness, of: { account?: string; currency?: string } = {}): Promise<{ pending: number; available: number }> {
  const balance = of.account ? await h.stripe.balance.retrieve({}, { stripeAccount: of.account }) : await h.stripe.balance.retrieve()
  return { pending: amountOf(balance.pending, of.currency), available: amountOf(balance.available, of.currency) }
}

/** A PaymentIntent paid with the test visa card as it is created (usd unless `params` say otherwise). */
export function paidIntent(h: Harness, params: Partial<Stripe.PaymentIntentCreateParams> & { amount: number }, options?: Stripe.RequestOptions) {
  const create = { currency: "usd", payment_method: "pm_card_visa", confirm: true, ...params }
  return options ? h.stripe.paymentIntents.create(create, options) : h.stripe.paymentIntents.create(create)
}

/** A PaymentIntent the test visa card authorized, waiting for its capture. */
export function authorizedIntent(h: Harness, params: Partial<Stripe.PaymentIntentCreateParams> & { amount: number }) {
  return paidIntent(h, { capture_method: "manual", ...params })
}

/** Creates an onboarded express account and a succeeded destination charge. */
export async function destinationCharge(h: Harness, amount: number, fee: number, extra: Partial<Stripe.PaymentIntentCreateParams> = {}) {
  const account = await onboardedAccount(h)
  const pi = await paidIntent(h, { amount, application_fee_amount: fee, transfer_data: { destination: account.id }, ...extra })
  return { account, pi }
}
