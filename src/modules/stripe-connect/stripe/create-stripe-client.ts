import Stripe from "stripe"
import { StripeResponseLog } from "../observability/stripe-response-log"

/** What the module and the payment provider both configure Stripe with (the provider's options have the same names). */
export type StripeClientOptions = {
  apiKey: string
  /** Where Stripe is; left out, Stripe's API. Tests and the demo point it at the emulator. */
  stripe?: { host: string; port?: number; protocol?: "http" | "https" }
  /** The SDK retries failed requests this many times with the same idempotency key (default 2). */
  maxNetworkRetries?: number
  /** How long one request may take before the SDK gives up on it (default 30 s). */
  timeoutMs?: number
}

export const DEFAULT_MAX_NETWORK_RETRIES = 2
export const DEFAULT_STRIPE_TIMEOUT_MS = 30_000

const clients = new Map<string, Stripe>()
const responseLogs = new WeakMap<Stripe, StripeResponseLog>()

/**
 * The Stripe client for an API key and a target. The module's loader and the payment provider (whose container
 * cannot resolve the module) both call this, so one process holds one client per key and target, configured in
 * one place. The API version is the one the installed SDK pins; requests for a connected account pass
 * `stripeAccount` per call rather than building a client per account. The first caller's retries and timeout
 * configure a shared client.
 */
export function createStripeClient(options: StripeClientOptions): Stripe {
  const target = options.stripe
  const key = [options.apiKey, target?.protocol ?? "https", target?.host ?? "", target?.port ?? ""].join("\u0000")
  const existing = clients.get(key)
  if (existing) {
    return existing
  }
  const client = new Stripe(options.apiKey, {
    maxNetworkRetries: options.maxNetworkRetries ?? DEFAULT_MAX_NETWORK_RETRIES,
    timeout: options.timeoutMs ?? DEFAULT_STRIPE_TIMEOUT_MS,
    appInfo: { name: "medusa-plugin-stripe-connect" },
    ...(target ? { host: target.host, port: target.port, protocol: target.protocol ?? "https" } : {}),
  })
  const responseLog = new StripeResponseLog()
  client.on("response", (response: Stripe.ResponseEvent) => responseLog.record(response.status))
  responseLogs.set(client, responseLog)
  clients.set(key, client)
  return client
}

/** Stripe's unsuccessful answers to this client in the last hour (for the health route). */
export function stripeResponseLogOf(client: Stripe): StripeResponseLog {
  return responseLogs.get(client) ?? new StripeResponseLog()
}
