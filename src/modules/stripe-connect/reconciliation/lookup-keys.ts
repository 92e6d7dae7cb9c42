import type { MatchableLine } from "./types"

/** The Stripe ids a page of lines names, by the kind of record that may explain them. */
export type LookupKeys = {
  charges: Set<string>
  intents: Set<string>
  applicationFees: Set<string>
  refunds: Set<string>
  transfers: Set<string>
  reversals: Set<string>
  disputes: Set<string>
  payouts: Set<string>
}

/** The ids to read records by before matching these lines (see `matchLedgerLine`). */
export function lookupKeysOf(lines: MatchableLine[]): LookupKeys {
  const keys: LookupKeys = {
    charges: new Set(),
    intents: new Set(),
    applicationFees: new Set(),
    refunds: new Set(),
    transfers: new Set(),
    reversals: new Set(),
    disputes: new Set(),
    payouts: new Set(),
  }
  const add = (set: Set<string>, id: string | null) => {
    if (id) {
      set.add(id)
    }
  }
  for (const { source_type: type, source_id: id, source_link_id: link } of lines) {
    if (type === "charge" && id?.startsWith("py_")) {
      add(keys.transfers, link)
    } else if (type === "charge") {
      add(keys.charges, id)
      add(keys.intents, link)
    } else if (type === "application_fee") {
      add(keys.applicationFees, id)
      add(keys.charges, link)
    } else if (type === "fee_refund") {
      add(keys.applicationFees, link)
    } else if (type === "refund") {
      add(keys.refunds, id)
      add(link?.startsWith("trr_") ? keys.reversals : keys.charges, link)
    } else if (type === "transfer") {
      add(keys.transfers, id)
      add(keys.charges, link)
    } else if (type === "transfer_reversal") {
      add(keys.transfers, link)
    } else if (type === "dispute") {
      add(keys.disputes, id)
    } else if (type === "payout") {
      add(keys.payouts, id)
    }
  }
  return keys
}
