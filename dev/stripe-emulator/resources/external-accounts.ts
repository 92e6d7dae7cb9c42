import type Stripe from "stripe"
import type { Emulator } from "../context"
import { randomToken } from "../ids"
import { listOf } from "../list"
import { Router } from "../router"
import { PLATFORM } from "../store"
import { requireAccount } from "./common"

/** Stripe's test bank (routing 110000000, account 000123456789), as its test-mode bank accounts show it. */
const TEST_BANK = { bank_name: "STRIPE TEST BANK", routing_number: "110000000", last4: "6789" }

const KIND = "bank_account"

/** Builds and stores a bank account as the account's default for `currency` (one per account here). */
export function addBankAccount(em: Emulator, scope: string, accountId: string, country: string, currency: string): Stripe.BankAccount {
  const bank: Stripe.BankAccount = {
    id: `ba_1${randomToken(23)}`,
    object: "bank_account",
    account: accountId,
    account_holder_name: null,
    account_holder_type: null,
    account_type: null,
    available_payout_methods: ["standard", "instant"],
    bank_name: TEST_BANK.bank_name,
    country,
    currency,
    default_for_currency: true,
    fingerprint: randomToken(16),
    future_requirements: { currently_due: [], errors: [], past_due: [], pending_verification: [] },
    last4: TEST_BANK.last4,
    metadata: {},
    requirements: { currently_due: [], errors: [], past_due: [], pending_verification: [] },
    routing_number: TEST_BANK.routing_number,
    status: "new",
  }
  return em.store.put(scope, KIND, bank)
}

export function bankAccountsOf(em: Emulator, scope: string): Stripe.BankAccount[] {
  return em.store.all<Stripe.BankAccount>(scope, KIND)
}

/**
 * Gives an account Stripe's test bank account as its default external account, as onboarding does (the account's
 * `external_account` requirement), unless it has one already.
 */
export function ensureDefaultBankAccount(em: Emulator, scope: string, account: Stripe.Account): void {
  if (bankAccountsOf(em, scope).length > 0) return
  const bank = addBankAccount(em, scope, account.id, account.country ?? "US", account.default_currency ?? "usd")
  account.external_accounts = { object: "list", data: [bank], has_more: false, url: `/v1/accounts/${account.id}/external_accounts` }
}

/**
 * Where a payout in `currency` goes when no `destination` is given: the default external account for that
 * currency, else the account's first one; none before onboarding.
 */
export function payoutDestination(em: Emulator, scope: string, currency: string): Stripe.BankAccount | null {
  const banks = bankAccountsOf(em, scope)
  return banks.find((b) => b.currency === currency && b.default_for_currency) ?? banks[0] ?? null
}

/** The scope holding an account's external accounts: its own, or the platform's for the platform account. */
function scopeOfAccount(em: Emulator, id: string): string {
  if (em.store.get<Stripe.Account>(PLATFORM, "platform_account", id)) return PLATFORM
  return requireAccount(em, id).id
}

export function registerExternalAccounts(r: Router): void {
  r.get("/v1/accounts/:account/external_accounts", ({ em, path, params }) => {
    const object = params.str("object")
    return listOf(bankAccountsOf(em, scopeOfAccount(em, path.account)), params, `/v1/accounts/${path.account}/external_accounts`, (b) => !object || b.object === object)
  })
  r.get("/v1/accounts/:account/external_accounts/:id", ({ em, path }) =>
    em.store.require<Stripe.BankAccount>(scopeOfAccount(em, path.account), KIND, path.id, "external account", "id")
  )
}
