import type Stripe from "stripe"
import type { DeliveryAttempt, WebhookConfig } from "./webhooks"
import type { LoggedRequest } from "./request-log"
import type { Fault, FaultSpec } from "./faults"

/** Thrown when a control route answers with an error. */
export class EmulatorControlError extends Error {
  constructor(readonly status: number, readonly body: unknown) {
    super(`emulator control failed with ${status}: ${JSON.stringify(body)}`)
  }
}

export interface RequestFilter {
  method?: string
  path?: string
  account?: string
  since?: number
}

/**
 * A typed client for the `/_emulator/*` control routes, for tests and the demo that run the emulator in another
 * process (`baseUrl` like `http://127.0.0.1:12111`). Each method does what a customer or Stripe would do.
 */
export function emulatorControls(baseUrl: string) {
  const call = async <T>(method: string, path: string, body?: Record<string, unknown>): Promise<T> => {
    const res = await fetch(`${baseUrl}/_emulator${path}`, {
      method,
      headers: body ? { "Content-Type": "application/json" } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    })
    const parsed: unknown = await res.json()
    if (!res.ok) throw new EmulatorControlError(res.status, parsed)
    return parsed as T
  }
  const query = (q: Record<string, string | number | undefined>) => {
    const s = new URLSearchParams(Object.entries(q).filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)]))
    return s.toString() ? `?${s}` : ""
  }
  return {
    reset: () => call<{ reset: true }>("POST", "/reset"),
    state: (account?: string) => call<Record<string, unknown>>("GET", `/state${query({ account })}`),
    requests: (filter: RequestFilter = {}) => call<{ data: LoggedRequest[] }>("GET", `/requests${query({ ...filter })}`).then((r) => r.data),
    clearRequests: () => call<{ cleared: true }>("DELETE", "/requests"),
    addFault: (spec: FaultSpec) => call<Fault>("POST", "/faults", { ...spec }),
    clearFaults: () => call<{ cleared: true }>("DELETE", "/faults"),
    now: () => call<{ now: number }>("GET", "/clock").then((r) => r.now),
    advanceClock: (seconds: number) => call<{ now: number; released: number }>("POST", "/clock/advance", { seconds }),
    makeBalanceAvailable: (account?: string) => call<{ released: number }>("POST", "/balance/make_available", { account }),
    addBalance: (amount: number, opts: { account?: string; currency?: string; status?: "available" | "pending" } = {}) =>
      call<Stripe.BalanceTransaction>("POST", "/balance/add", { amount, ...opts }),
    confirmPaymentIntent: (id: string, opts: { account?: string; payment_method?: string } = {}) => call<Stripe.PaymentIntent>("POST", `/payment_intents/${id}/confirm`, opts),
    succeedPaymentIntent: (id: string, opts: { account?: string; payment_method?: string } = {}) => call<Stripe.PaymentIntent>("POST", `/payment_intents/${id}/succeed`, opts),
    payInvoice: (id: string, opts: { account?: string; paid_out_of_band?: boolean } = {}) => call<Stripe.Invoice>("POST", `/invoices/${id}/pay`, opts),
    completeCheckoutSession: (id: string, opts: { account?: string; payment_method?: string } = {}) => call<Stripe.Checkout.Session>("POST", `/checkout/sessions/${id}/complete`, opts),
    payPaymentLink: (id: string, opts: { account?: string } = {}) => call<Stripe.Checkout.Session>("POST", `/payment_links/${id}/pay`, opts),
    openDispute: (chargeId: string, opts: { account?: string; reason?: string; amount?: number } = {}) => call<Stripe.Dispute>("POST", `/charges/${chargeId}/dispute`, opts),
    closeDispute: (id: string, outcome: "won" | "lost", opts: { account?: string } = {}) => call<Stripe.Dispute>("POST", `/disputes/${id}/close`, { outcome, ...opts }),
    /** An automatic payout of the available balance in `currency` (default usd), settling the lines it sweeps. */
    automaticPayout: (opts: { account?: string; currency?: string } = {}) => call<Stripe.Payout>("POST", "/payouts/automatic", opts),
    setPayoutStatus: (id: string, status: "in_transit" | "paid" | "failed", opts: { account?: string; failure_code?: string } = {}) =>
      call<Stripe.Payout>("POST", `/payouts/${id}/status`, { status, ...opts }),
    updateAccount: (
      id: string,
      changes: {
        charges_enabled?: boolean
        payouts_enabled?: boolean
        details_submitted?: boolean
        requirements?: { currently_due?: string[]; eventually_due?: string[]; past_due?: string[]; pending_verification?: string[]; disabled_reason?: string | null }
        capabilities?: Record<string, "active" | "inactive" | "pending">
        activate_capabilities?: boolean
      }
    ) => call<Stripe.Account>("POST", `/accounts/${id}/update`, changes),
    completeOnboarding: (id: string) => call<Stripe.Account>("POST", `/accounts/${id}/complete_onboarding`),
    authorizeOAuth: (opts: { account?: string; scope?: string } = {}) => call<{ code: string; account: string }>("POST", "/oauth/authorize", opts),
    deauthorizeOAuth: (account: string) => call<{ stripe_user_id: string }>("POST", "/oauth/deauthorize", { account }),
    events: (opts: { account?: string; type?: string } = {}) => call<{ data: Stripe.Event[] }>("GET", `/events${query(opts)}`).then((r) => r.data),
    deliverEvent: (id: string, opts: { times?: number; delay_ms?: number; bad_signature?: boolean; endpoint?: string; retry?: boolean } = {}) =>
      call<{ event: string; endpoints: number; times: number }>("POST", `/events/${id}/deliver`, opts),
    configureWebhooks: (config: { retry_delays_ms?: number[]; auto_deliver?: boolean; timeout_ms?: number }) => call<WebhookConfig>("POST", "/webhooks/config", config),
    flushWebhooks: (order?: string[]) => call<{ delivered: string[] }>("POST", "/webhooks/flush", order ? { order } : {}),
    webhookDeliveries: (filter: { event?: string; endpoint?: string } = {}) => call<{ data: DeliveryAttempt[] }>("GET", `/webhooks/deliveries${query(filter)}`).then((r) => r.data),
  }
}

export type EmulatorControls = ReturnType<typeof emulatorControls>
