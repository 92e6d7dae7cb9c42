import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { lookupKeysOf } from "../../../modules/stripe-connect/reconciliation/lookup-keys"
import { matchLedgerLine } from "../../../modules/stripe-connect/reconciliation/match-ledger-line"
import type { LineMatch, MismatchCandidate } from "../../../modules/stripe-connect/reconciliation/types"
import type { StripeReconciliationMismatchEventData } from "../../../types/reconciliation"
import { toMismatchEventData } from "../utils/mismatch-event"

export type MatchLedgerLinesStepInput = { account_id: string | null }

export type MatchLedgerLinesStepOutput = {
  /** Lines looked at: the new ones and those nothing explained last time. */
  examined: number
  matched: number
  /** The mismatches found for the first time. */
  mismatches: StripeReconciliationMismatchEventData[]
  /** The orders whose platform charge was matched in this run: their totals are checked next. */
  charged_order_ids: string[]
}

export const matchLedgerLinesStepId = "match-stripe-connect-ledger-lines"

const PAGE_SIZE = 500

/**
 * This step matches a balance's unexplained lines to the plugin's records (docs/api.md#reconciliation), a page
 * at a time: reads the records the page names, runs `matchLedgerLine` on each line, stores the matches and the
 * mismatches (a mismatch found before is not stored again). No compensation: matches and mismatches describe
 * Stripe's facts and the records as they are; running it again finds the same.
 */
export const matchLedgerLinesStep = createStep(
  matchLedgerLinesStepId,
  async (input: MatchLedgerLinesStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const output: MatchLedgerLinesStepOutput = { examined: 0, matched: 0, mismatches: [], charged_order_ids: [] }
    const chargedOrders = new Set<string>()
    let afterId: string | null = null
    for (;;) {
      const lines = await service.listUnmatchedLedgerLines(input.account_id, afterId, PAGE_SIZE)
      if (!lines.length) {
        break
      }
      const context = await service.retrieveReconciliationContext(lookupKeysOf(lines))
      const matches: { balance_transaction_id: string; match: LineMatch }[] = []
      const candidates: MismatchCandidate[] = []
      for (const line of lines) {
        const result = matchLedgerLine(line, context)
        if (result.match) {
          matches.push({ balance_transaction_id: line.balance_transaction_id, match: result.match })
          if (line.source_type === "charge" && line.stripe_account_id === null && result.match.order_id) {
            chargedOrders.add(result.match.order_id)
          }
        }
        candidates.push(...result.mismatches)
      }
      await service.recordLedgerMatches(matches)
      const stored = await service.storeReconciliationMismatches(candidates)
      output.examined += lines.length
      output.matched += matches.length
      output.mismatches.push(...stored.map(toMismatchEventData))
      afterId = lines[lines.length - 1].id
      if (lines.length < PAGE_SIZE) {
        break
      }
    }
    output.charged_order_ids = [...chargedOrders]
    return new StepResponse(output)
  }
)
