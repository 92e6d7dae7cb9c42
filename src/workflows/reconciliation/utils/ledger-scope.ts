import { PLATFORM_LEDGER_SCOPE } from "../../../modules/stripe-connect/ledger/ledger-line"

/** The ledger cursor's name for a balance: the connected account's id, or `platform`. */
export function ledgerScopeOf(accountId: string | null): string {
  return accountId ?? PLATFORM_LEDGER_SCOPE
}

/** A cursor position as workflow data: Unix seconds, as Stripe gives `created`. */
export type LedgerPosition = { created: number; balance_transaction_id: string }
