import type Stripe from "stripe"

/** A row of the emulator's request log (`GET /_emulator/requests`). */
export type EmulatorRequest = {
  method: string
  path: string
  stripe_account: string | null
  idempotency_key: string | null
  params: Record<string, unknown>
  status: number
  idempotent_replayed?: boolean
  error_code?: string | null
}

function emulatorUrl(path: string): string {
  const base = process.env.STRIPE_EMULATOR_URL
  if (!base) {
    throw new Error("STRIPE_EMULATOR_URL is not set: the jest global setup starts the emulator")
  }
  return `${base}${path}`
}

/** Calls one of the emulator's control routes (`/_emulator/*`) and returns its JSON answer. */
export async function emulator<T = Record<string, unknown>>(method: "GET" | "POST" | "DELETE", path: string, body?: object): Promise<T> {
  const response = await fetch(emulatorUrl(`/_emulator${path}`), {
    method,
    headers: body ? { "content-type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`emulator ${method} ${path} answered ${response.status}: ${text}`)
  }
  return (text ? JSON.parse(text) : {}) as T
}

export async function emulatorRequests(filter: { method?: string; path?: string; account?: string } = {}): Promise<EmulatorRequest[]> {
  const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value) as [string, string][])
  const { data } = await emulator<{ data: EmulatorRequest[] }>("GET", `/requests?${query.toString()}`)
  return data
}

/** The newest event of a type in one account's scope. */
export async function latestEvent(account: string | null, type: string): Promise<Stripe.Event> {
  const query = new URLSearchParams({ type, ...(account ? { account } : {}) })
  const { data } = await emulator<{ data: Stripe.Event[] }>("GET", `/events?${query.toString()}`)
  if (!data.length) {
    throw new Error(`the emulator recorded no ${type} event for ${account ?? "the platform"}`)
  }
  return data[0]
}
