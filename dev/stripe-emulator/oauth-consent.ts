import type Stripe from "stripe"
import type { Emulator } from "./context"
import { decodeForm } from "./form"
import { issueAuthorizationCode } from "./resources/oauth"
import type { ControlResult } from "./server"
import { PLATFORM } from "./store"

/**
 * Stand-in for Stripe's consent page, `https://connect.stripe.com/oauth/authorize`. GET shows what the platform
 * asks for with "Connect" and "Decline"; the buttons POST the same parameters back with `decision`, and the answer
 * redirects to `redirect_uri` as Stripe does: `?code=ac_...&scope=...&state=...` when the user connects,
 * `?error=access_denied&error_description=The user denied your request&state=...` when they decline.
 * `stripe_user_id` (an emulator extra) connects an existing account; without it a new standard account is made.
 */
const SCOPES = ["read_write", "read_only"]
const PARAMS = ["response_type", "client_id", "scope", "state", "redirect_uri", "stripe_user_id"] as const

type ConsentParams = Partial<Record<(typeof PARAMS)[number], string>>

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

function html(status: number, title: string, inner: string): ControlResult {
  return {
    status,
    body: null,
    html: `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>
<main style="font-family: system-ui, sans-serif; max-width: 28rem; margin: 4rem auto"><h1>${escape(title)}</h1>${inner}</main></body></html>`,
  }
}

const errorPage = (message: string): ControlResult => html(400, "Something went wrong", `<p data-testid="error">${escape(message)}</p>`)

function redirect(to: string, query: Record<string, string | undefined>): ControlResult {
  const target = new URL(to)
  for (const [k, v] of Object.entries(query)) if (v !== undefined) target.searchParams.set(k, v)
  return { status: 302, body: null, headers: { Location: target.toString() } }
}

/** What is wrong with the request before any choice is offered, or null. Stripe shows these on its own page. */
function problem(em: Emulator, p: ConsentParams): string | null {
  if (!p.client_id) return "Missing required param: client_id."
  if (p.response_type !== undefined && p.response_type !== "code") return `Invalid response_type: ${p.response_type}. The only supported value is code.`
  if (p.redirect_uri !== undefined) {
    let url: URL | null = null
    try {
      url = new URL(p.redirect_uri)
    } catch {
      url = null
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return `Invalid redirect_uri: ${p.redirect_uri}.`
  }
  if (p.stripe_user_id && !em.store.get<Stripe.Account>(PLATFORM, "account", p.stripe_user_id)) return `No such account: ${p.stripe_user_id}.`
  return null
}

function consentForm(p: ConsentParams, scope: string): ControlResult {
  const hidden = PARAMS.filter((k) => p[k] !== undefined)
    .map((k) => `<input type="hidden" name="${k}" value="${escape(p[k] ?? "")}">`)
    .join("")
  const who = p.stripe_user_id ? `your account <code>${escape(p.stripe_user_id)}</code>` : "a new Stripe account"
  const access = scope === "read_only" ? "read your account's data" : "read your data and create charges, transfers and payouts for you"
  return html(
    200,
    "Connect with Stripe",
    `<p>The platform <code data-testid="client-id">${escape(p.client_id ?? "")}</code> asks to connect ${who}.</p>
<p>It will be able to ${access} (<code data-testid="scope">${escape(scope)}</code>).</p>
<form method="post" action="/oauth/authorize">${hidden}
<button type="submit" name="decision" value="connect" data-testid="connect">Connect</button>
<button type="submit" name="decision" value="decline" data-testid="decline">Decline</button></form>`
  )
}

/** GET shows the consent page; POST (its buttons) carries out the choice. */
export function consentPage(em: Emulator, method: string, query: URLSearchParams, body: Buffer): ControlResult {
  const source = method === "POST" ? decodeForm(body.toString("utf8")) : Object.fromEntries(query.entries())
  const p: ConsentParams = {}
  for (const k of PARAMS) if (typeof source[k] === "string") p[k] = source[k] as string
  const invalid = problem(em, p)
  if (invalid) return errorPage(invalid)
  const scope = p.scope ?? "read_write"
  if (!SCOPES.includes(scope)) {
    const message = `Invalid scope: ${scope}. Choose one of ${SCOPES.join(", ")}.`
    return p.redirect_uri ? redirect(p.redirect_uri, { error: "invalid_scope", error_description: message, state: p.state }) : errorPage(message)
  }
  if (method === "GET") return consentForm(p, scope)
  if (method !== "POST") return errorPage(`Method ${method} is not allowed here.`)

  const decision = source.decision
  if (decision === "decline") {
    const denied = { error: "access_denied", error_description: "The user denied your request", state: p.state }
    return p.redirect_uri ? redirect(p.redirect_uri, denied) : html(200, "Not connected", `<p data-testid="declined">You declined the connection.</p>`)
  }
  if (decision !== "connect") return errorPage("Choose Connect or Decline.")
  const { code, account } = issueAuthorizationCode(em, p.stripe_user_id, scope)
  if (p.redirect_uri) return redirect(p.redirect_uri, { code, scope, state: p.state })
  return html(200, "Connected", `<p>Account <code data-testid="account">${escape(account)}</code> is connected.</p><p>Authorization code: <code data-testid="code">${escape(code)}</code></p>`)
}
