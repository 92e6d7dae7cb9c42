import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, invalidRequest } from "../errors"
import { newId, randomToken } from "../ids"
import { listOf } from "../list"
import { Params } from "../params"
import { Router } from "../router"
import { PLATFORM } from "../store"
import { metadataFrom, mutate, requireAccount } from "./common"
import { ensureDefaultBankAccount } from "./external-accounts"

const INITIAL_DUE = ["business_type", "external_account", "tos_acceptance.date", "tos_acceptance.ip"]

function requirements(due: string[], disabledReason: string | null): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: [...due],
    disabled_reason: disabledReason as Stripe.Account.Requirements.DisabledReason | null,
    errors: [],
    eventually_due: [...due],
    past_due: [...due],
    pending_verification: [],
  }
}

function accountType(params: Params): Stripe.Account.Type {
  const type = params.str("type")
  if (type) {
    if (!["standard", "express", "custom"].includes(type)) throw invalidRequest(`Invalid type: must be one of custom, express, or standard`, "type")
    return type as Stripe.Account.Type
  }
  const dashboard = params.obj("controller")?.obj("stripe_dashboard")?.str("type")
  if (dashboard === "express") return "express"
  if (dashboard === "none") return "custom"
  return "standard"
}

/**
 * Stripe's controller properties: an account made with `type: "standard"` (or connected through OAuth) controls
 * itself (`type: "account"`, no platform controls, so no `is_controller` or requirement settings); Express, Custom
 * and accounts made with `controller[...]` are controlled by the application.
 */
function controllerFor(type: Stripe.Account.Type, params: Params): Stripe.Account.Controller {
  const c = params.obj("controller")
  if (type === "standard" && !c) return { type: "account" }
  const dashboard = type === "express" ? "express" : type === "custom" ? "none" : "full"
  return {
    fees: { payer: (c?.obj("fees")?.str("payer") ?? (type === "standard" ? "account" : "application")) as Stripe.Account.Controller.Fees.Payer },
    is_controller: true,
    losses: { payments: (c?.obj("losses")?.str("payments") ?? (type === "standard" ? "stripe" : "application")) as Stripe.Account.Controller.Losses.Payments },
    requirement_collection: (c?.str("requirement_collection") ?? (type === "custom" ? "application" : "stripe")) as Stripe.Account.Controller.RequirementCollection,
    stripe_dashboard: { type: (c?.obj("stripe_dashboard")?.str("type") ?? dashboard) as Stripe.Account.Controller.StripeDashboard.Type },
    type: "application",
  }
}

/**
 * Stripe lets the platform set the payout schedule of accounts without the full Stripe Dashboard; an account with
 * the full Dashboard (Standard) manages its own payouts unless the platform has platform controls, which are not
 * emulated.
 */
function platformSetsPayouts(account: Stripe.Account): boolean {
  if (account.controller?.type === "account") return false
  return account.controller?.stripe_dashboard?.type !== "full"
}

function scheduleFrom(p: Params | undefined, current: Stripe.Account.Settings.Payouts.Schedule): Stripe.Account.Settings.Payouts.Schedule {
  if (!p) return current
  const interval = p.str("interval") ?? current.interval
  if (!["manual", "daily", "weekly", "monthly"].includes(interval)) throw invalidRequest("Invalid interval: must be one of daily, manual, monthly, or weekly", "settings[payouts][schedule][interval]")
  const delay = p.str("delay_days")
  const next: Stripe.Account.Settings.Payouts.Schedule = {
    delay_days: delay === "minimum" ? 2 : delay !== undefined ? Number(p.int("delay_days")) : current.delay_days,
    interval,
  }
  if (interval === "weekly") next.weekly_anchor = p.str("weekly_anchor") ?? current.weekly_anchor ?? "monday"
  if (interval === "monthly") next.monthly_anchor = p.int("monthly_anchor") ?? current.monthly_anchor ?? 1
  if (interval === "weekly" && !next.weekly_anchor) throw invalidRequest("weekly_anchor is required for weekly payouts", "settings[payouts][schedule][weekly_anchor]")
  return next
}

export function createAccountObject(em: Emulator, params: Params): Stripe.Account {
  const type = accountType(params)
  const requested = params.obj("capabilities")
  const capabilities: Stripe.Account.Capabilities = {}
  const caps = capabilities as Record<string, string>
  if (requested) {
    for (const name of Object.keys(requested.raw)) {
      if (requested.obj(name)?.bool("requested")) caps[name] = "inactive"
    }
  } else if (type === "standard") {
    caps.card_payments = "inactive"
    caps.transfers = "inactive"
  }
  const country = params.str("country") ?? "US"
  const settings = params.obj("settings")
  const schedule = scheduleFrom(settings?.obj("payouts")?.obj("schedule"), { delay_days: 2, interval: "daily" })
  const id = `acct_1${randomToken(15)}`
  const account: Stripe.Account = {
    id,
    object: "account",
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: params.obj("business_profile")?.str("mcc") ?? null,
      minority_owned_business_designation: null,
      monthly_estimated_revenue: { amount: 0, currency: "usd" },
      name: params.obj("business_profile")?.str("name") ?? null,
      product_description: params.obj("business_profile")?.str("product_description") ?? null,
      specified_commercial_transactions_act_url: null,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: params.obj("business_profile")?.str("url") ?? null,
    },
    business_type: (params.str("business_type") ?? null) as Stripe.Account.BusinessType | null,
    capabilities,
    charges_enabled: false,
    controller: controllerFor(type, params),
    country,
    created: em.now(),
    default_currency: params.currency("default_currency") ?? (country === "JP" ? "jpy" : country === "GB" ? "gbp" : ["DE", "FR", "NL", "IE", "ES", "IT"].includes(country) ? "eur" : "usd"),
    details_submitted: false,
    email: params.str("email") ?? null,
    external_accounts: { object: "list", data: [], has_more: false, url: `/v1/accounts/${id}/external_accounts` },
    future_requirements: { alternatives: [], current_deadline: null, currently_due: [], disabled_reason: null, errors: [], eventually_due: [], past_due: [], pending_verification: [] },
    metadata: metadataFrom(params),
    payouts_enabled: false,
    requirements: requirements(INITIAL_DUE, "requirements.past_due"),
    settings: {
      bacs_debit_payments: { display_name: null, service_user_number: null },
      branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
      card_issuing: { tos_acceptance: { date: null, ip: null } },
      card_payments: { decline_on: { avs_failure: false, cvc_failure: false }, statement_descriptor_prefix: null, statement_descriptor_prefix_kana: null, statement_descriptor_prefix_kanji: null },
      dashboard: { display_name: null, timezone: "Etc/UTC" },
      invoices: { default_account_tax_ids: null, hosted_payment_method_save: null },
      payments: { statement_descriptor: null, statement_descriptor_kana: null, statement_descriptor_kanji: null, statement_descriptor_prefix_kana: null, statement_descriptor_prefix_kanji: null },
      payouts: { debit_negative_balances: true, schedule, statement_descriptor: null },
      sepa_debit_payments: {},
    },
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type,
  }
  return em.store.put(PLATFORM, "account", account)
}

/** The platform's own account (GET /v1/account without Stripe-Account). */
export function platformAccount(em: Emulator): Stripe.Account {
  const existing = em.store.all<Stripe.Account>(PLATFORM, "platform_account")[0]
  if (existing) return existing
  const acct = createAccountObject(em, new Params({ type: "standard", email: "platform@example.com" }))
  em.store.remove(PLATFORM, "account", acct.id)
  ensureDefaultBankAccount(em, PLATFORM, acct)
  acct.charges_enabled = true
  acct.payouts_enabled = true
  acct.details_submitted = true
  acct.requirements = requirements([], null)
  acct.capabilities = { card_payments: "active", transfers: "active" }
  return em.store.put(PLATFORM, "platform_account", acct)
}

export function isExpress(account: Stripe.Account): boolean {
  return account.type === "express" || account.controller?.stripe_dashboard?.type === "express"
}

function applyUpdate(em: Emulator, account: Stripe.Account, params: Params): Stripe.Account {
  if (params.obj("settings")?.obj("payouts")?.has("schedule") && !platformSetsPayouts(account)) {
    throw invalidRequest(
      `You cannot update the payout schedule of account ${account.id}: it uses the full Stripe Dashboard and manages its own payouts (Standard account).`,
      "settings[payouts][schedule]"
    )
  }
  return mutate(em, account.id, account, "account.updated", (a) => {
    if (params.has("email")) a.email = params.str("email") || null
    if (params.has("metadata")) a.metadata = metadataFrom(params, a.metadata)
    if (params.has("business_type")) a.business_type = (params.str("business_type") || null) as Stripe.Account.BusinessType | null
    if (params.has("default_currency")) a.default_currency = params.currency("default_currency")
    const bp = params.obj("business_profile")
    if (bp && a.business_profile) {
      a.business_profile = { ...a.business_profile }
      if (bp.has("name")) a.business_profile.name = bp.str("name") || null
      if (bp.has("url")) a.business_profile.url = bp.str("url") || null
      if (bp.has("mcc")) a.business_profile.mcc = bp.str("mcc") || null
      if (bp.has("product_description")) a.business_profile.product_description = bp.str("product_description") || null
    }
    const schedule = params.obj("settings")?.obj("payouts")?.obj("schedule")
    if (schedule && a.settings) {
      a.settings = {
        ...a.settings,
        payouts: {
          debit_negative_balances: a.settings.payouts?.debit_negative_balances ?? true,
          statement_descriptor: a.settings.payouts?.statement_descriptor ?? null,
          schedule: scheduleFrom(schedule, a.settings.payouts?.schedule ?? { delay_days: 2, interval: "daily" }),
        },
      }
    }
    const caps = params.obj("capabilities")
    if (caps) {
      const next = { ...(a.capabilities ?? {}) } as Record<string, string>
      for (const name of Object.keys(caps.raw)) {
        const req = caps.obj(name)?.bool("requested")
        if (req === true && !next[name]) next[name] = "inactive"
        if (req === false) delete next[name]
      }
      a.capabilities = next as Stripe.Account.Capabilities
    }
  })
}

function capabilityObject(account: Stripe.Account, name: string): Stripe.Capability {
  const status = ((account.capabilities as Record<string, string> | undefined)?.[name] ?? "unrequested") as Stripe.Capability.Status
  return {
    id: name,
    object: "capability",
    account: account.id,
    future_requirements: { alternatives: [], current_deadline: null, currently_due: [], disabled_reason: null, errors: [], eventually_due: [], past_due: [], pending_verification: [] },
    requested: status !== "unrequested",
    requested_at: status !== "unrequested" ? account.created ?? null : null,
    requirements: {
      alternatives: [],
      current_deadline: null,
      currently_due: status === "active" ? [] : [...(account.requirements?.currently_due ?? [])],
      disabled_reason: status === "active" ? null : (account.requirements?.disabled_reason as Stripe.Capability.Requirements.DisabledReason | null) ?? null,
      errors: [],
      eventually_due: status === "active" ? [] : [...(account.requirements?.eventually_due ?? [])],
      past_due: status === "active" ? [] : [...(account.requirements?.past_due ?? [])],
      pending_verification: [],
    },
    status,
  }
}

export { capabilityObject }

function loginLinkRefused(): ApiError {
  return invalidRequest("You can only create login links for accounts that use the Express Dashboard.", undefined, "account_invalid")
}

export function registerAccounts(r: Router): void {
  r.post("/v1/accounts", ({ em, params, account }) => {
    if (account) throw new ApiError(400, "invalid_request_error", "Connected accounts cannot create other connected accounts (remove the Stripe-Account header).")
    const created = createAccountObject(em, params)
    return created
  })
  r.get("/v1/accounts", ({ em, params }) => listOf(em.store.all<Stripe.Account>(PLATFORM, "account"), params, "/v1/accounts"))
  r.get("/v1/account", ({ em, account }) => (account ? requireAccount(em, account) : platformAccount(em)))
  r.get("/v1/accounts/:account", ({ em, path }) => requireAccount(em, path.account))
  r.post("/v1/accounts/:account", ({ em, path, params }) => applyUpdate(em, requireAccount(em, path.account), params))
  r.del("/v1/accounts/:account", ({ em, path }) => {
    const acct = requireAccount(em, path.account)
    em.store.remove(PLATFORM, "account", acct.id)
    return { id: acct.id, object: "account", deleted: true }
  })
  r.post("/v1/accounts/:account/reject", ({ em, path, params }) => {
    const reason = params.requiredStr("reason")
    if (!["fraud", "terms_of_service", "other"].includes(reason)) throw invalidRequest("Invalid reason: must be one of fraud, other, or terms_of_service", "reason")
    return mutate(em, path.account, requireAccount(em, path.account), "account.updated", (a) => {
      a.charges_enabled = false
      a.payouts_enabled = false
      a.requirements = { ...requirements(a.requirements?.currently_due ?? [], `rejected.${reason}`) }
    })
  })
  r.get("/v1/accounts/:account/capabilities", ({ em, path }) => {
    const acct = requireAccount(em, path.account)
    const data = Object.keys(acct.capabilities ?? {}).map((n) => capabilityObject(acct, n))
    return { object: "list", data, has_more: false, url: `/v1/accounts/${acct.id}/capabilities` }
  })
  r.get("/v1/accounts/:account/capabilities/:capability", ({ em, path }) => capabilityObject(requireAccount(em, path.account), path.capability))
  r.post("/v1/accounts/:account/capabilities/:capability", ({ em, path, params }) => {
    const acct = requireAccount(em, path.account)
    const requested = params.bool("requested")
    if (requested !== undefined) {
      applyUpdate(em, acct, new Params({ capabilities: { [path.capability]: { requested: String(requested) } } }))
    }
    return capabilityObject(acct, path.capability)
  })
  r.post("/v1/accounts/:account/login_links", ({ em, path }) => {
    const acct = requireAccount(em, path.account)
    if (!isExpress(acct)) throw loginLinkRefused()
    const link: Stripe.LoginLink = { object: "login_link", created: em.now(), url: `${em.baseUrl}/_emulator/hosted/express/${acct.id}/${randomToken(12)}` }
    return link
  })
  r.post("/v1/account_links", ({ em, params }) => {
    const acct = requireAccount(em, params.requiredStr("account"))
    const type = params.requiredStr("type")
    const created = em.now()
    const q = new URLSearchParams({ account: acct.id, type, refresh_url: params.str("refresh_url") ?? "", return_url: params.str("return_url") ?? "" })
    const link: Stripe.AccountLink = {
      object: "account_link",
      created,
      expires_at: created + 300,
      url: `${em.baseUrl}/_emulator/hosted/onboarding/${newId("link")}?${q.toString()}`,
    }
    return link
  })
}
