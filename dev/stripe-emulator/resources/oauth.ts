import type Stripe from "stripe"
import type { Emulator } from "../context"
import { OAuthError } from "../errors"
import { randomToken } from "../ids"
import { Params } from "../params"
import { Router } from "../router"
import { PLATFORM } from "../store"
import { createAccountObject } from "./accounts"
import { ensureDefaultBankAccount } from "./external-accounts"

/** Issues an authorization code for a (new or given) standard account, as Stripe's authorize page would. */
export function issueAuthorizationCode(em: Emulator, accountId?: string, scope = "read_write"): { code: string; account: string } {
  let account = accountId
  if (!account) {
    const acct = createAccountObject(em, new Params({ type: "standard" }))
    acct.charges_enabled = true
    acct.payouts_enabled = true
    acct.details_submitted = true
    acct.capabilities = { card_payments: "active", transfers: "active" }
    acct.requirements = { ...acct.requirements!, currently_due: [], eventually_due: [], past_due: [], disabled_reason: null }
    ensureDefaultBankAccount(em, acct.id, acct)
    account = acct.id
  }
  const code = `ac_${randomToken(32)}`
  em.oauthCodes.set(code, { code, account, used: false, scope })
  return { code, account }
}

export function deauthorize(em: Emulator, account: string): void {
  em.oauthConnected.delete(account)
  for (const [token, acct] of [...em.accessTokens]) if (acct === account) em.accessTokens.delete(token)
  for (const [token, acct] of [...em.refreshTokens]) if (acct === account) em.refreshTokens.delete(token)
  const acct = em.store.get<Stripe.Account>(PLATFORM, "account", account)
  // The event is about the account, delivered to Connect endpoints; the object is the application.
  em.events.emit(account, "account.application.deauthorized", { id: "ca_emulator", object: "application", name: "Emulated platform" } as unknown as Stripe.Application & { object: string })
  if (acct) em.store.remove(PLATFORM, "account", account)
}

function tokenResponse(em: Emulator, account: string, scope: string) {
  const access = `sk_test_oauth_${randomToken(24)}`
  const refresh = `rt_${randomToken(32)}`
  em.accessTokens.set(access, account)
  em.refreshTokens.set(refresh, account)
  em.oauthConnected.add(account)
  return {
    access_token: access,
    livemode: false,
    refresh_token: refresh,
    scope,
    stripe_publishable_key: `pk_test_${randomToken(24)}`,
    stripe_user_id: account,
    token_type: "bearer",
  }
}

export function registerOAuth(r: Router): void {
  r.post("/oauth/token", ({ em, params }) => {
    const grant = params.str("grant_type")
    if (grant === "authorization_code") {
      const code = params.str("code")
      if (!code) throw new OAuthError(400, "invalid_request", "No authorization code provided")
      const entry = em.oauthCodes.get(code)
      if (!entry) throw new OAuthError(400, "invalid_grant", `Authorization code does not exist: ${code}`)
      if (entry.used) throw new OAuthError(400, "invalid_grant", `Authorization code already used: ${code}`)
      entry.used = true
      return tokenResponse(em, entry.account, entry.scope)
    }
    if (grant === "refresh_token") {
      const token = params.str("refresh_token") ?? ""
      const account = em.refreshTokens.get(token)
      if (!account) throw new OAuthError(400, "invalid_grant", `Invalid refresh token: ${token}`)
      return tokenResponse(em, account, params.str("scope") ?? "read_write")
    }
    throw new OAuthError(400, "unsupported_grant_type", `Unsupported grant type: ${grant ?? "(none)"}`)
  })
  r.post("/oauth/deauthorize", ({ em, params }) => {
    const account = params.str("stripe_user_id")
    if (!params.str("client_id")) throw new OAuthError(400, "invalid_request", "No client_id provided")
    if (!account || !em.oauthConnected.has(account)) {
      throw new OAuthError(400, "invalid_client", `No such application: this application is not connected to stripe account ${account ?? "(none)"}, or that account does not exist.`)
    }
    deauthorize(em, account)
    return { stripe_user_id: account }
  })
}
