import { z } from "@medusajs/framework/zod"
import { listParams, oneOrMany } from "../../../utils/list-params"

/** The platform's own balance in the `account_id` filter and the sync's body. */
export const PLATFORM_ACCOUNT = "platform"

const accountId = (field: string) =>
  z.string().regex(/^(acct_[A-Za-z0-9]+|platform)$/, `${field}: must be a Stripe account id (acct_...) or "platform"`)
const isoDate = (field: string) =>
  z.string().refine((value) => !Number.isNaN(Date.parse(value)), `${field}: must be an ISO 8601 date or date-time`)

/**
 * `GET /balance-transactions` (docs/api.md#list-balance-transactions): filters by account (`platform` for the
 * platform's lines), payout, type, currency and creation time (`created[gte]`, `created[lte]`, inclusive).
 */
export const AdminGetStripeBalanceTransactionsParams = listParams(20, {
  account_id: oneOrMany(accountId("account_id")).optional(),
  payout_id: z
    .string()
    .regex(/^po_[A-Za-z0-9]+$/, "payout_id: must be a Stripe payout id (po_...)")
    .optional(),
  type: oneOrMany(z.string().regex(/^[a-z_]{1,64}$/, "type: must be a Stripe balance transaction type")).optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "currency: must be a three-letter ISO currency code")
    .transform((value) => value.toLowerCase())
    .optional(),
  created: z
    .object({ gte: isoDate("created[gte]").optional(), lte: isoDate("created[lte]").optional() })
    .strict()
    .optional(),
})
export type AdminGetStripeBalanceTransactionsParamsType = z.infer<typeof AdminGetStripeBalanceTransactionsParams>

/** `POST /balance-transactions/sync`: one balance (`account_id`, or `platform`), or every balance when left out. */
export const AdminSyncStripeBalanceTransactions = z.object({ account_id: accountId("account_id").optional() }).strict()
export type AdminSyncStripeBalanceTransactionsType = z.infer<typeof AdminSyncStripeBalanceTransactions>
