import { translate } from "./locale"
import { backendUrl } from "./sdk"

/**
 * An error answer of the plugin's API: `{ type, code, message }`. Deliberately not the js-sdk's FetchError: the
 * dashboard's error boundary sends any FetchError with status 401 to the login page, and a 401 with
 * `code: "account_not_onboarded"` is an answer about a connected account, not an expired session.
 */
export class StripeConnectApiError extends Error {
  readonly status: number
  readonly code: string | null
  readonly type: string | null

  constructor(status: number, code: string | null, type: string | null, message: string) {
    super(message)
    this.name = "StripeConnectApiError"
    this.status = status
    this.code = code
    this.type = type
  }

  /** A 401 from Medusa's auth itself (no plugin code): the session is gone. */
  get isSessionExpired(): boolean {
    return this.status === 401 && this.code !== "account_not_onboarded"
  }
}

export type QueryParams = Record<string, string | number | boolean | string[] | undefined | null>

function toSearch(query?: QueryParams): string {
  if (!query) return ""
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue
    if (Array.isArray(value)) value.forEach((item) => search.append(key, item))
    else search.set(key, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ""
}

/** The full address of a plugin route (for links the browser follows itself, such as a CSV download). */
export function joinUrl(path: string): string {
  return `${backendUrl.replace(/\/$/, "")}${path}`
}

export type ApiOptions = {
  method?: "GET" | "POST" | "PUT" | "DELETE"
  body?: unknown
  query?: QueryParams
  /** Sent as the `Idempotency-Key` header: the money-moving routes answer a repeated key with what they did first. */
  idempotencyKey?: string
}

/**
 * Calls a plugin route with the dashboard's session cookie. JSON in, JSON out; error answers become a
 * `StripeConnectApiError` carrying the API's code and message.
 */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const response = await fetch(joinUrl(path) + toSearch(options.query), {
    method: options.method ?? "GET",
    credentials: "include",
    headers: {
      accept: "application/json",
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
      ...(options.idempotencyKey ? { "idempotency-key": options.idempotencyKey } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  })
  const text = await response.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = null
  }
  if (!response.ok) {
    const body = (json ?? {}) as { code?: unknown; type?: unknown; message?: unknown }
    const message =
      typeof body.message === "string" && body.message
        ? body.message
        : response.status === 401
          ? translate("errors.sessionExpired", "Your session has expired. Log in again.")
          : translate("errors.requestFailed", `Request failed (${response.status})`, { status: response.status })
    throw new StripeConnectApiError(
      response.status,
      typeof body.code === "string" ? body.code : null,
      typeof body.type === "string" ? body.type : null,
      message
    )
  }
  return json as T
}

/** The message to show for any error a hook hands back. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return translate("errors.unknown", "Something went wrong")
}
