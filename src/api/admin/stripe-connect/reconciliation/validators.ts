import { z } from "@medusajs/framework/zod"
import { listParams, oneOrMany } from "../../../utils/list-params"
import { MISMATCH_REASONS, MISMATCH_STATES } from "../../../../shared/types/reconciliation"
import { OVERVIEW_MAX_DAYS } from "../overview/validators"
import { PLATFORM_ACCOUNT } from "../balance-transactions/validators"

const accountId = z.string().regex(/^acct_[A-Za-z0-9]+$/, "account_id: must be a Stripe account id (acct_...)")
const isoDate = (field: string) =>
  z.string().refine((value) => !Number.isNaN(Date.parse(value)), `${field}: must be an ISO 8601 date or date-time`)
const payoutId = z.string().regex(/^po_[A-Za-z0-9]+$/, "payout_id: must be a Stripe payout id (po_...)")

/** `GET /reconciliation/mismatches` (docs/api.md#list-mismatches). */
export const AdminGetReconciliationMismatchesParams = listParams(20, {
  state: oneOrMany(z.enum(MISMATCH_STATES, "state: must be open, explained or resolved")).optional(),
  reason: oneOrMany(z.enum(MISMATCH_REASONS, `reason: must be one of ${MISMATCH_REASONS.join(", ")}`)).optional(),
  account_id: oneOrMany(accountId).optional(),
})
export type AdminGetReconciliationMismatchesParamsType = z.infer<typeof AdminGetReconciliationMismatchesParams>

/** `POST /reconciliation/mismatches/:id`: explain (a note is required) or resolve, or open again. */
export const AdminUpdateReconciliationMismatch = z
  .object({
    state: z.enum(MISMATCH_STATES, "state: must be open, explained or resolved"),
    note: z.string().trim().min(1, "note: must not be empty").max(2000, "note: at most 2000 characters").optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.state === "explained" && !body.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "note: an explanation needs a note" })
    }
  })
export type AdminUpdateReconciliationMismatchType = z.infer<typeof AdminUpdateReconciliationMismatch>

/** `GET /reconciliation/payouts` (docs/api.md#list-reconciled-payouts). */
export const AdminGetReconciliationPayoutsParams = listParams(20, {
  account_id: oneOrMany(accountId).optional(),
})
export type AdminGetReconciliationPayoutsParamsType = z.infer<typeof AdminGetReconciliationPayoutsParams>

/** `GET /reconciliation/payouts/:payout_id/lines`. */
export const AdminGetReconciliationPayoutLinesParams = listParams(50, {})
export type AdminGetReconciliationPayoutLinesParamsType = z.infer<typeof AdminGetReconciliationPayoutLinesParams>

/** `GET /reconciliation/payouts/:payout_id/running-balance`: the period's lines a page at a time. */
export const AdminGetPayoutRunningBalanceParams = listParams(50, {})
export type AdminGetPayoutRunningBalanceParamsType = z.infer<typeof AdminGetPayoutRunningBalanceParams>

/** `GET /reconciliation/export.csv`: one payout's lines, or the lines created in [from, to]. */
export const AdminGetReconciliationExportParams = z
  .object({
    payout_id: payoutId.optional(),
    from: isoDate("from").optional(),
    to: isoDate("to").optional(),
    account_id: oneOrMany(accountId).optional(),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (!query.payout_id && !query.from && !query.to) {
      ctx.addIssue({ code: "custom", path: ["payout_id"], message: "payout_id: give a payout_id, or from and/or to" })
    }
  })
export type AdminGetReconciliationExportParamsType = z.infer<typeof AdminGetReconciliationExportParams>

const daysMessage = `days: must be an integer from 1 to ${OVERVIEW_MAX_DAYS}`

/** `GET /reconciliation/daily-totals` (docs/api.md#ledger-daily-totals): the overview's window, per balance. */
export const AdminGetLedgerDailyTotalsParams = z
  .object({
    days: z.coerce
      .number(daysMessage)
      .int(daysMessage)
      .min(1, daysMessage)
      .max(OVERVIEW_MAX_DAYS, daysMessage)
      .default(30),
    account_id: oneOrMany(
      z
        .string()
        .regex(
          new RegExp(`^(acct_[A-Za-z0-9]+|${PLATFORM_ACCOUNT})$`),
          `account_id: must be a Stripe account id (acct_...) or ${PLATFORM_ACCOUNT}`
        )
    ).optional(),
  })
  .strict()
export type AdminGetLedgerDailyTotalsParamsType = z.infer<typeof AdminGetLedgerDailyTotalsParams>
